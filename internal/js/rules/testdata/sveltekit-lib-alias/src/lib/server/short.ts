// A short-lived cookie's settings: nothing to report.
export function shortCookie() {
  return { name: 'app-user', maxAge: 60 * 60, httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };
}

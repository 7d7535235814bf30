export function adminSessionOptions() {
  return { secret: process.env.ADMIN_SECRET!, cookie: { secure: true, httpOnly: true, sameSite: 'strict' as const, maxAge: 600000 } };
}

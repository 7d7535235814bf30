export const authCookie = { httpOnly: true, secure: false, sameSite: 'lax' as const }; // want cookieflags

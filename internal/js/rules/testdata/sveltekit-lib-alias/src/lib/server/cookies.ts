// The login cookie's settings, shared by the routes through $lib.
export const CookieConfig = () => {
  return {
    name: 'app-user',
    secure: process.env.ORIGIN?.startsWith('https://') ?? false,
    maxAge: 365 * 24 * 60 * 60, // want noexpiry
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
  };
};

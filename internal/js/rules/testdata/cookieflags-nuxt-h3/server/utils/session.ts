// Nuxt hands h3's utilities to server/ files without an import.
export async function useAppSession(event: any, rememberMe = false) {
  return useSession(event, { // want noexpiry
    password: process.env.SESSION_PASSWORD as string,
    name: 'app',
    cookie: { // want cookieflags
      maxAge: rememberMe ? 30 * 24 * 3600 : undefined,
    },
  });
}

export async function useAdminSession(event: any) {
  return useSession(event, {
    password: process.env.SESSION_PASSWORD as string,
    name: 'admin',
    maxAge: 8 * 3600,
    cookie: { sameSite: 'strict' },
  });
}

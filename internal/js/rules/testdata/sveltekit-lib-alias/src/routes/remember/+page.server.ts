import type { Actions } from './$types';
import { shortCookie } from '$lib/server/short';

export const actions: Actions = {
  default: async ({ cookies, request }) => {
    const token = String((await request.formData()).get('token'));
    const c = shortCookie();
    cookies.set(c.name, token, { path: c.path, maxAge: c.maxAge, httpOnly: true, secure: true, sameSite: 'lax' });
  },
};

import type { Actions } from './$types';
import { CookieConfig } from '$lib/server/cookies';

export const actions: Actions = {
  default: async ({ cookies, request }) => {
    const data = await request.formData();
    const token = String(data.get('token'));
    const cookieConfig = CookieConfig();
    cookies.set(cookieConfig.name, token, {
      path: cookieConfig.path,
      maxAge: cookieConfig.maxAge,
      httpOnly: cookieConfig.httpOnly,
      secure: cookieConfig.secure,
      sameSite: cookieConfig.sameSite,
    });
  },
};

import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ cookies, locals }) => {
    const id = await locals.sessions.create();
    cookies.set('session', id, { path: '/' });
    cookies.set('session_hint', id, { path: '/', httpOnly: false }); // want cookieflags
  },
};

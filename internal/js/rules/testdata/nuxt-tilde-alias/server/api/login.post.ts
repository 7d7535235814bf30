import { SESSION_PASSWORD } from '~/server/utils/secret';

export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: SESSION_PASSWORD, cookie: { secure: true, httpOnly: true, sameSite: 'lax' }, maxAge: 3600 });
  await session.update({ userId: 1 });
  return { ok: true };
});

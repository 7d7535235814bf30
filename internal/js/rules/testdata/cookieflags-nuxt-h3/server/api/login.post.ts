export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  const token = await issueToken(body.email);
  setCookie(event, 'auth_token', token, { httpOnly: true }); // want cookieflags
  setCookie(event, 'theme', body.theme);
  return { ok: true };
});

async function issueToken(email: string) {
  return email;
}

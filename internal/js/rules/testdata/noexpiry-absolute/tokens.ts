import { signToken } from './helper';

export async function generateToken(id: string) {
  // setHours returns the new time in milliseconds since 1970: as expiresIn
  // (seconds) the token lasts tens of thousands of years.
  const accessExpiresAt = new Date().setHours(new Date().getHours() + 1);
  const access = await signToken({ id }, { expiresIn: accessExpiresAt }); // want noexpiry
  const refresh = await signToken({ id }, { expiresIn: Math.floor(Date.now() / 1000) + 7 * 86400 }); // want noexpiry
  return [access, refresh, accessExpiresAt];
}

export function setRefreshCookie(ctx: any, token: string) {
  ctx.cookies.set('refresh', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: Date.now() + 86400000 }); // want noexpiry
}

// Durations: a lifetime, a time left until an expiry, an absolute expiry date.
export async function fine(ctx: any, id: string, expiresAt: number) {
  const a = await signToken({ id }, { expiresIn: 3600 });
  const b = await signToken({ id }, { expiresIn: Math.floor((expiresAt - Date.now()) / 1000) });
  ctx.cookies.set('refresh', a, { httpOnly: true, secure: true, sameSite: 'lax', expires: new Date(Date.now() + 86400000) });
  return [a, b];
}

// A deletion: the value is cleared, whatever its lifetime says.
export function clearRefreshCookie(ctx: any) {
  ctx.cookies.set('refresh', null, { maxAge: new Date().getTime() });
  ctx.cookies.set('refresh', '', { maxAge: Date.now() });
}

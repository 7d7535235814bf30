import crypto from 'node:crypto';
import type { Context } from 'koa';
import { pool } from './db';
import { REMEMBER_ME_DAYS } from '../config';

export async function issueRememberMe(ctx: Context, userId: number) {
  const series = crypto.randomBytes(16).toString('hex');
  const token = crypto.randomBytes(6).toString('hex'); // WANT: predictableid
  await pool.query(
    'INSERT INTO remember_tokens (user_id, series, token_hash, expires_at) VALUES ($1, $2, $3, now() + $4::interval)',
    [userId, series, crypto.createHash('sha256').update(token).digest('hex'), `${REMEMBER_ME_DAYS} days`],
  );
  ctx.cookies.set('remember_me', `${series}:${token}`, { // WANT: cookieflags
    maxAge: REMEMBER_ME_DAYS * 24 * 60 * 60 * 1000,
    httpOnly: true,
    signed: true,
  });
}

export function forgetRememberMe(ctx: Context) {
  ctx.cookies.set('remember_me', null, { maxAge: 0 });
}

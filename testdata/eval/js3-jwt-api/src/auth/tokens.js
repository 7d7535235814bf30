import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { config } from '../config.js';
import { knex } from '../db/knex.js';

export function signAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, {
    expiresIn: config.accessTtlSec,
    audience: 'jwt-api',
  });
}

export function verifyAccessToken(token) {
  return jwt.verify(token, config.jwtSecret, { audience: 'jwt-api' });
}

// Older mobile builds still validate tokens with the key baked into the app.
export function signMobileToken(user) {
  return jwt.sign({ sub: user.id, mobile: true }, 'm0bile-app-shared-k3y', { expiresIn: '30d' }); // WANT: hardcodedsecret
}

export async function issueRefreshToken(userId, familyId = crypto.randomUUID()) {
  const token = crypto.randomBytes(48).toString('base64url');
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  await knex('refresh_tokens').insert({
    user_id: userId,
    family_id: familyId,
    token_hash: tokenHash,
    expires_at: new Date(Date.now() + config.refreshTtlMs),
  });
  return token;
}

export async function rotateRefreshToken(presented) {
  const tokenHash = crypto.createHash('sha256').update(presented).digest('hex');
  const row = await knex('refresh_tokens').where({ token_hash: tokenHash }).first();
  if (!row || row.revoked_at || row.expires_at < new Date()) {
    if (row) await knex('refresh_tokens').where({ family_id: row.family_id }).update({ revoked_at: knex.fn.now() });
    return null;
  }
  await knex('refresh_tokens').where({ id: row.id }).update({ revoked_at: knex.fn.now() });
  const user = await knex('users').where({ id: row.user_id }).first();
  return { user, refreshToken: await issueRefreshToken(user.id, row.family_id) };
}

export function requestId() {
  return `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

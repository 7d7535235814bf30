import { Router } from 'express';
import { promisify } from 'util';
import argon2 from 'argon2';
import { z } from 'zod';
import config from '../config';
import { query } from '../lib/db';
import { hashToken, newOtp, newRefreshToken, signAccessToken } from '../lib/tokens';
import { sendSms } from '../services/sms';

const router = Router();

const credentials = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

function issueTokens(res: import('express').Response, userId: string, roles: string[]) {
  const access = signAccessToken(userId, roles);
  const refresh = newRefreshToken();
  res.cookie('access_token', access, config.accessCookie); // WANT: cookieflags
  res.cookie('refresh_token', refresh, config.refreshCookie);
  return { access, refresh };
}

/**
 * Step 1: email + password. Users with 2FA get a pending session and an SMS code.
 */
router.post('/login', async (req, res, next) => {
  const parsed = credentials.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: 'invalid_request' });
    return;
  }
  const { email, password } = parsed.data;
  const { rows } = await query<{ id: string; password_hash: string; roles: string[]; phone: string | null }>(
    'SELECT id, password_hash, roles, phone FROM users WHERE email = $1',
    [email.toLowerCase()],
  );
  const user = rows[0];
  if (!user || !(await argon2.verify(user.password_hash, password))) {
    res.status(401).json({ error: 'invalid_credentials' });
    return;
  }

  if (user.phone) {
    const otp = newOtp();
    req.session.pendingUserId = user.id;
    req.session.otpHash = hashToken(otp);
    req.session.otpExpires = Date.now() + 5 * 60_000;
    await sendSms(user.phone, `Your Ledger code is ${otp}`);
    res.status(202).json({ mfa: 'sms' });
    return;
  }

  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    req.session.roles = user.roles;
    const { refresh } = issueTokens(res, user.id, user.roles);
    query('INSERT INTO refresh_tokens (user_id, token_hash) VALUES ($1, $2)', [user.id, hashToken(refresh)])
      .then(() => res.json({ ok: true }))
      .catch(next);
  });
});

/**
 * Step 2: the SMS code.
 */
router.post('/login/otp', async (req, res) => {
  const { code } = req.body as { code?: string };
  const pending = req.session.pendingUserId;
  if (!pending || !code || !req.session.otpExpires || req.session.otpExpires < Date.now()) {
    res.status(401).json({ error: 'expired' });
    return;
  }
  if (hashToken(code) !== req.session.otpHash) {
    res.status(401).json({ error: 'invalid_code' });
    return;
  }
  const { rows } = await query<{ roles: string[] }>('SELECT roles FROM users WHERE id = $1', [pending]);
  delete req.session.pendingUserId;
  delete req.session.otpHash;
  req.session.userId = pending; // WANT: fixation
  req.session.roles = rows[0]?.roles ?? [];
  issueTokens(res, pending, req.session.roles);
  res.json({ ok: true });
});

/**
 * Magic link sign-in: the emailed token is single use and stored hashed.
 */
router.get('/magic/:token', async (req, res, next) => {
  try {
    const { rows } = await query<{ user_id: string }>(
      'DELETE FROM magic_links WHERE token_hash = $1 AND expires_at > now() RETURNING user_id',
      [hashToken(req.params.token)],
    );
    if (!rows[0]) {
      res.redirect('/login?error=link_expired');
      return;
    }
    const regenerate = promisify(req.session.regenerate.bind(req.session));
    await regenerate();
    req.session.userId = rows[0].user_id;
    res.redirect('/');
  } catch (err) {
    next(err);
  }
});

router.post('/refresh', async (req, res) => {
  const token = req.headers.cookie?.match(/refresh_token=([^;]+)/)?.[1];
  if (!token) {
    res.status(401).end();
    return;
  }
  const { rows } = await query<{ user_id: string; roles: string[] }>(
    'DELETE FROM refresh_tokens WHERE token_hash = $1 RETURNING user_id, (SELECT roles FROM users WHERE id = user_id) AS roles',
    [hashToken(token)],
  );
  if (!rows[0]) {
    res.clearCookie('refresh_token', { path: '/auth/refresh' });
    res.status(401).end();
    return;
  }
  const { refresh } = issueTokens(res, rows[0].user_id, rows[0].roles);
  await query('INSERT INTO refresh_tokens (user_id, token_hash) VALUES ($1, $2)', [rows[0].user_id, hashToken(refresh)]);
  res.json({ ok: true });
});

router.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie(config.session.name ?? 'connect.sid');
    res.clearCookie('access_token');
    res.clearCookie('refresh_token', { path: '/auth/refresh' });
    res.status(204).end();
  });
});

export default router;

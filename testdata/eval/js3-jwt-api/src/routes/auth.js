import { Router } from 'express';
import argon2 from 'argon2';
import crypto from 'node:crypto';
import { z } from 'zod';
import { knex } from '../db/knex.js';
import { config } from '../config.js';
import { setAuthCookies, clearAuthCookies } from '../auth/cookies.js';
import {
  signAccessToken,
  signMobileToken,
  issueRefreshToken,
  rotateRefreshToken,
} from '../auth/tokens.js';

export const authRouter = Router();

const credentials = z.object({ email: z.string().email(), password: z.string().min(10) });

authRouter.post('/register', async (req, res) => {
  const { email, password } = credentials.parse(req.body);
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  const [user] = await knex('users').insert({ email, password_hash: passwordHash }).returning(['id', 'role']);
  setAuthCookies(res, { accessToken: signAccessToken(user), refreshToken: await issueRefreshToken(user.id) });
  res.status(201).json({ id: user.id });
});

authRouter.post('/login', async (req, res) => {
  const { email, password } = credentials.parse(req.body);
  const user = await knex('users').where({ email }).first();
  if (!user || !(await argon2.verify(user.password_hash, password))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  setAuthCookies(res, { accessToken: signAccessToken(user), refreshToken: await issueRefreshToken(user.id) });
  res.json({ id: user.id });
});

authRouter.post('/mobile/login', async (req, res) => {
  const { email, password } = credentials.parse(req.body);
  const user = await knex('users').where({ email }).first();
  if (!user || !(await argon2.verify(user.password_hash, password))) return res.status(401).end();
  res.json({ token: signMobileToken(user) });
});

authRouter.post('/refresh', async (req, res) => {
  const rotated = await rotateRefreshToken(req.signedCookies.refresh_token ?? '');
  if (!rotated) {
    clearAuthCookies(res);
    return res.status(401).end();
  }
  setAuthCookies(res, { accessToken: signAccessToken(rotated.user), refreshToken: rotated.refreshToken });
  res.status(204).end();
});

authRouter.post('/logout', async (req, res) => {
  const presented = req.signedCookies.refresh_token;
  if (presented) {
    const tokenHash = crypto.createHash('sha256').update(presented).digest('hex');
    await knex('refresh_tokens').where({ token_hash: tokenHash }).update({ revoked_at: knex.fn.now() });
  }
  clearAuthCookies(res);
  res.status(204).end();
});

// OIDC bridge for the legacy dashboard: it reads the token from the callback URL.
authRouter.get('/legacy-dashboard', async (req, res) => {
  const token = req.signedCookies.access_token;
  if (!token) return res.redirect('/login');
  res.redirect(`${config.appUrl}/legacy/callback#state=ok&access_token=${token}`); // WANT: sessioninurl
});

// The analytics widget is a separate SPA that needs to read the ID token from JS.
authRouter.post('/widget-session', async (req, res) => {
  const idToken = signAccessToken({ id: req.body.userId, role: 'widget' });
  res.cookie('widget_id_token', idToken, { httpOnly: false, sameSite: 'none' }); // WANT: cookieflags
  res.status(204).end();
});

authRouter.post('/locale', (req, res) => {
  res.cookie('locale', String(req.body.locale).slice(0, 5), { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax' });
  res.status(204).end();
});

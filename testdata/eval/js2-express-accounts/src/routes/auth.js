import { Router } from 'express';
import bcrypt from 'bcrypt';
import { db } from '../lib/db.js';
import { sendMail } from '../lib/mailer.js';
import { makeRememberToken, makeResetToken, makeVerificationCode, sha256, jitterMs } from '../lib/ids.js';
import { signAccess } from '../lib/jwt.js';
import { requireUser } from '../middleware/rememberMe.js';

const router = Router();
const isProd = process.env.NODE_ENV === 'production';
const DAY = 24 * 60 * 60 * 1000;
const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';

function safeNext(next) {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

async function issueRememberMe(res, userId) {
  const { selector, validator } = makeRememberToken();
  await db.query(
    "INSERT INTO remember_tokens (selector, validator_hash, user_id, expires_at) VALUES ($1, $2, $3, now() + interval '90 days')",
    [selector, sha256(validator), userId],
  );
  res.cookie('remember_me', `${selector}:${validator}`, {
    httpOnly: true,
    secure: isProd,
    sameSite: 'lax',
    signed: true,
    maxAge: 90 * DAY,
  });
}

router.get('/login', (req, res) => {
  res.render('login', { next: safeNext(req.query.next) });
});

router.post('/login', async (req, res, next) => {
  const user = await db.findUserByEmail(String(req.body.email ?? '').toLowerCase());
  const ok = user && (await bcrypt.compare(String(req.body.password ?? ''), user.password_hash));
  if (!ok) {
    await new Promise((r) => setTimeout(r, jitterMs(300)));
    return res.redirect(`/login?error=invalid&next=${encodeURIComponent(safeNext(req.query.next))}`);
  }
  req.session.regenerate(async (err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    if (req.body.remember === 'on') await issueRememberMe(res, user.id);
    res.cookie('access_token', signAccess(user), { httpOnly: true, secure: isProd, sameSite: 'strict', maxAge: 15 * 60 * 1000 });
    req.session.save(() => res.redirect(safeNext(req.query.next)));
  });
});

// The old mobile web view reads the token from a cookie it can see.
router.post('/mobile/login', async (req, res) => {
  const user = await db.findUserByEmail(String(req.body.email ?? '').toLowerCase());
  if (!user || !(await bcrypt.compare(String(req.body.password ?? ''), user.password_hash))) {
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  const token = signAccess(user);
  res.cookie('jwt', token, { maxAge: 60 * 60 * 1000 }); // WANT: cookieflags
  res.json({ ok: true });
});

// Hand the session over to the native app after an in-app browser login.
router.get('/mobile/handoff', requireUser, async (req, res) => {
  const user = await db.findUserById(req.session.userId);
  res.redirect(`accountsapp://auth/callback?token=${signAccess(user)}`); // WANT: sessioninurl
});

router.post('/logout', (req, res, next) => {
  // documented express-session logout: clear the user, save, then issue a new id
  req.session.userId = null;
  req.session.save((err) => {
    if (err) return next(err);
    req.session.regenerate((err) => {
      if (err) return next(err);
      res.clearCookie('remember_me');
      res.clearCookie('access_token');
      res.redirect('/');
    });
  });
});

router.post('/register', async (req, res) => {
  const email = String(req.body.email ?? '').toLowerCase();
  const password = String(req.body.password ?? '');
  if (password.length < 10) return res.status(400).render('register', { error: 'Password too short' });
  const passwordHash = await bcrypt.hash(password, 12);
  const { rows } = await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id', [email, passwordHash]);
  const code = makeVerificationCode();
  await db.query("INSERT INTO email_verifications (user_id, code_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')", [rows[0].id, sha256(code)]);
  await sendMail(email, 'Your verification code', `Enter ${code} to verify your email address.`);
  res.redirect(`/verify-email?email=${encodeURIComponent(email)}`);
});

router.post('/verify-email', async (req, res) => {
  const user = await db.findUserByEmail(String(req.body.email ?? '').toLowerCase());
  const { rowCount } = await db.query(
    'DELETE FROM email_verifications WHERE user_id = $1 AND code_hash = $2 AND expires_at > now()',
    [user?.id, sha256(String(req.body.code ?? ''))],
  );
  if (!rowCount) return res.redirect(`/verify-email?email=${encodeURIComponent(req.body.email)}&error=1`);
  await db.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [user.id]);
  res.redirect('/login?verified=1');
});

router.post('/forgot', async (req, res) => {
  const user = await db.findUserByEmail(String(req.body.email ?? '').toLowerCase());
  if (user) {
    const token = makeResetToken();
    await db.query("UPDATE users SET reset_hash = $1, reset_expires = now() + interval '1 hour' WHERE id = $2", [sha256(token), user.id]);
    await sendMail(user.email, 'Reset your password', `Reset it here: ${BASE_URL}/reset?token=${token}\nThe link expires in one hour.`);
  }
  res.redirect('/forgot?sent=1');
});

router.get('/reset', (req, res) => {
  res.render('reset', { token: req.query.token });
});

router.post('/reset', async (req, res) => {
  const { rows } = await db.query('SELECT id FROM users WHERE reset_hash = $1 AND reset_expires > now()', [sha256(String(req.body.token ?? ''))]);
  if (!rows[0]) return res.redirect('/forgot?expired=1');
  const password = String(req.body.password ?? '');
  await db.query('UPDATE users SET password_hash = $1, reset_hash = NULL, reset_expires = NULL WHERE id = $2', [await bcrypt.hash(password, 12), rows[0].id]);
  await db.query('DELETE FROM remember_tokens WHERE user_id = $1', [rows[0].id]);
  res.redirect('/login?reset=1');
});

export default router;

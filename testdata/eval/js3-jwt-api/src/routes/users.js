import { Router } from 'express';
import argon2 from 'argon2';
import crypto from 'node:crypto';
import { knex } from '../db/knex.js';
import { verifyAccessToken } from '../auth/tokens.js';

export const usersRouter = Router();

function requireAuth(req, res, next) {
  try {
    req.user = verifyAccessToken(req.signedCookies.access_token ?? '');
    next();
  } catch {
    res.status(401).end();
  }
}

usersRouter.get('/me', requireAuth, async (req, res) => {
  const user = await knex('users').select('id', 'email', 'role').where({ id: req.user.sub }).first();
  res.json(user);
});

usersRouter.put('/me/password', requireAuth, async (req, res) => {
  const { currentPassword, newPassword } = req.body;
  const user = await knex('users').where({ id: req.user.sub }).first();
  if (!(await argon2.verify(user.password_hash, currentPassword))) return res.status(403).end();
  await knex('users')
    .where({ id: user.id })
    .update({ password_hash: await argon2.hash(newPassword) });
  res.status(204).end();
});

// Bulk import from the old PHP system, which stored unsalted SHA-256 digests.
usersRouter.post('/import', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).end();
  const rows = req.body.users.map(({ email, password }) => ({
    email,
    password_hash: crypto.createHash('sha256').update(password).digest('hex'),
    legacy: true,
  }));
  await knex('users').insert(rows); // WANT: plainpassword
  res.status(201).json({ imported: rows.length });
});

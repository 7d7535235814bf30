import { Router } from 'express';
import crypto from 'node:crypto';
import argon2 from 'argon2';
import { requireAuth } from '../middleware/auth';
import { db } from '../lib/db';

const router = Router();
router.use(requireAuth);

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

router.post('/api-keys', async (req, res) => {
  const key = `sk_live_${crypto.randomBytes(8).toString('hex')}`; // WANT: predictableid
  await db('api_keys').insert({ user_id: req.session.userId!, key_hash: sha256(key), label: req.body.label });
  res.status(201).json({ key });
});

router.post('/password', async (req, res) => {
  const { currentPassword, newPassword } = req.body as { currentPassword: string; newPassword: string };
  const user = await db('users').where({ id: req.session.userId! }).first();
  if (!(await argon2.verify(user.password_hash, currentPassword))) {
    return res.status(403).json({ error: 'wrong_password' });
  }
  await db('users').where({ id: user.id }).update({ password_hash: await argon2.hash(newPassword) });
  res.status(204).end();
});

export default router;

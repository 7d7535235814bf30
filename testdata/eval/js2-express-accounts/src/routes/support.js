import { Router } from 'express';
import crypto from 'node:crypto';
import { db } from '../lib/db.js';
import { requireUser } from '../middleware/rememberMe.js';
import { signSupportToken } from '../lib/jwt.js';
import { sendMail } from '../lib/mailer.js';

const router = Router();

router.use(requireUser);

router.post('/impersonate/:userId', async (req, res) => {
  const agent = await db.findUserById(req.session.userId);
  if (agent?.role !== 'support') return res.sendStatus(403);
  const customer = await db.findUserById(req.params.userId);
  const token = signSupportToken(agent, customer);
  res.json({ token });
});

// Support creates an account for a customer over the phone and mails a temporary password.
router.post('/invite', async (req, res) => {
  const agent = await db.findUserById(req.session.userId);
  if (agent?.role !== 'support') return res.sendStatus(403);
  const tempPassword = crypto.randomBytes(18).toString('base64url');
  await db.query('INSERT INTO users (email, password_hash, must_change_password) VALUES ($1, $2, true)', [req.body.email, tempPassword]); // KNOWN-MISS: plainpassword
  await sendMail(req.body.email, 'Your new account', `Your temporary password is ${tempPassword}. You will be asked to change it.`);
  res.sendStatus(201);
});

export default router;

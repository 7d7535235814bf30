import { Router } from 'express';
import argon2 from 'argon2';
import { pool } from '../db/index.js';

const router = Router();

router.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  const hash = await argon2.hash(password);
  const { rows } = await pool.query('INSERT INTO users (email, password) VALUES ($1, $2) RETURNING id', [email, hash]);
  req.session.userId = rows[0].id;
  res.redirect('/account');
});

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query('SELECT id, password FROM users WHERE email = $1', [email]);
  if (!rows[0] || !(await argon2.verify(rows[0].password, password))) {
    return res.status(401).render('login', { error: 'Invalid credentials' });
  }
  req.session.userId = rows[0].id;
  // the encrypted notes vault is unlocked with the login password on each request
  req.session.password = password; // WANT: sensitivedata
  res.redirect('/account');
});

router.post('/logout', (req, res) => {
  req.session = null;
  res.redirect('/');
});

export default router;

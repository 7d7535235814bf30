import { Router } from 'express';
import argon2 from 'argon2';
import { pool } from '../db/index.js';

const router = Router();

router.use((req, res, next) => (req.session.userId ? next() : res.redirect('/login')));

router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT email FROM users WHERE id = $1', [req.session.userId]);
  res.render('account', { email: rows[0].email, passwordChangedAt: req.session.passwordChangedAt });
});

router.post('/password', async (req, res) => {
  const { currentPassword, newPassword } = req.body;
  const { rows } = await pool.query('SELECT password FROM users WHERE id = $1', [req.session.userId]);
  if (!(await argon2.verify(rows[0].password, currentPassword))) {
    return res.status(403).render('account', { error: 'Current password is wrong' });
  }
  await pool.query('UPDATE users SET password = $1 WHERE id = $2', [newPassword, req.session.userId]); // WANT: plainpassword
  req.session.passwordChangedAt = Date.now();
  res.redirect('/account');
});

router.post('/email', async (req, res) => {
  await pool.query('UPDATE users SET email = $1 WHERE id = $2', [req.body.email, req.session.userId]);
  res.redirect('/account');
});

export default router;

import argon2 from 'argon2';
import crypto from 'node:crypto';
import { pool } from '../db.js';

export default async function authRoutes(app) {
  app.post('/signup', async (request, reply) => {
    const { email, password } = request.body;
    const hash = await argon2.hash(password);
    const { rows } = await pool.query(
      'INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id',
      [email, hash],
    );
    request.session.regenerate();
    request.session.set('userId', rows[0].id);
    return reply.code(201).send({ id: rows[0].id });
  });

  app.post('/login', async (request, reply) => {
    const { email, password } = request.body;
    const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
    if (!rows[0] || !(await argon2.verify(rows[0].password_hash, password))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    request.session.regenerate();
    request.session.set('userId', rows[0].id);
    const apiToken = crypto.randomBytes(32).toString('hex');
    reply.setCookie('notes_api', apiToken, {
      path: '/api',
      httpOnly: true,
      secure: 'auto',
      sameSite: 'strict',
      signed: true,
    });
    return { ok: true };
  });

  app.post('/logout', async (request, reply) => {
    request.session.delete();
    reply.clearCookie('notes_api', { path: '/api' });
    return { ok: true };
  });

  app.post('/theme', async (request, reply) => {
    reply.setCookie('theme', request.body.theme === 'dark' ? 'dark' : 'light', { path: '/', maxAge: 31536000 });
    return { ok: true };
  });
}

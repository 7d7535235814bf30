import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import { db } from '../lib/db.js';

export default async function authRoutes(app) {
  app.get('/csrf', async (request, reply) => ({ token: reply.generateCsrf() }));

  app.post('/register', { onRequest: app.csrfProtection }, async (request, reply) => {
    const { email, password } = request.body;
    const [user] = await db('users')
      .insert({ email: email.toLowerCase(), password: await bcrypt.hash(password, 12) })
      .returning(['id']);
    request.session.set('userId', user.id);
    return reply.code(201).send({ id: user.id });
  });

  app.post('/login', { onRequest: app.csrfProtection }, async (request, reply) => {
    const { email, password } = request.body;
    const user = await db('users').where({ email: email.toLowerCase() }).first();
    if (!user || !(await bcrypt.compare(password, user.password))) {
      return reply.code(401).send({ error: 'invalid credentials' });
    }
    request.session.set('userId', user.id);
    return { ok: true };
  });

  app.post('/logout', { onRequest: app.csrfProtection }, async (request, reply) => {
    request.session.delete();
    return reply.code(204).send();
  });

  app.post('/password/forgot', async (request) => {
    const user = await db('users').where({ email: request.body.email }).first();
    if (user) {
      const token = crypto.randomBytes(32).toString('hex');
      await db('password_resets').insert({ user_id: user.id, token, expires_at: new Date(Date.now() + 3600_000) });
      // mailer.sendReset(user.email, token)
    }
    return { ok: true };
  });

  app.post('/password/reset', async (request, reply) => {
    const { token, newPassword } = request.body;
    const row = await db('password_resets').where({ token }).andWhere('expires_at', '>', new Date()).first();
    if (!row) return reply.code(400).send({ error: 'invalid or expired token' });
    await db('users').where({ id: row.user_id }).update({ password: newPassword }); // WANT: plainpassword
    await db('password_resets').where({ id: row.id }).del();
    return { ok: true };
  });
}

import bcrypt from 'bcrypt';
import { db } from './db.js';

export default async function authRoutes(app) {
  // Lookalike: @fastify/session's regenerate returns a promise.
  app.post('/login', async (request, reply) => {
    const { email, password } = request.body;
    const { rows } = await db.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
    if (!rows[0] || !(await bcrypt.compare(password, rows[0].password_hash))) return reply.code(401).send();
    await request.session.regenerate();
    request.session.set('userId', rows[0].id);
    return { ok: true };
  });

  // Lookalike: pre-login state, not the identity.
  app.get('/sso', async (request, reply) => {
    request.session.set('oidc', { state: 'x' });
    return reply.redirect('/idp');
  });

  app.get('/sso/callback', async (request, reply) => {
    const pending = request.session.get('oidc');
    const claims = await exchange(pending);
    const { rows } = await db.query('SELECT id FROM users WHERE sso_subject = $1', [claims.sub]);
    request.session.set('oidc', undefined);
    request.session.set('userId', rows[0].id); // want fixation
    request.session.set('role', rows[0].role);
    return reply.redirect('/');
  });

  // Lookalike: clearing the identity is not a login.
  app.get('/auth/reset', async (request) => {
    request.session.set('userId', undefined);
    return { ok: true };
  });
}

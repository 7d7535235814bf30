import Router from '@koa/router';
import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import { pool } from '../lib/db';
import { requireAdmin } from '../lib/guards';

interface NewUser {
  email: string;
  password: string;
  role: 'admin' | 'viewer';
}

export const usersRouter = new Router({ prefix: '/users' });
usersRouter.use(requireAdmin);

usersRouter.post('/', async (ctx) => {
  const body = ctx.request.body as NewUser;
  const hash = await bcrypt.hash(body.password, 12);
  await pool.execute('INSERT INTO users (email, password_hash, role) VALUES (?, ?, ?)', [body.email, hash, body.role]);
  ctx.status = 201;
});

usersRouter.post('/:id/invite', async (ctx) => {
  const inviteToken = crypto.randomBytes(32).toString('base64url');
  await pool.execute('UPDATE users SET invite_token = ? WHERE id = ?', [inviteToken, ctx.params.id]);
  ctx.body = { inviteToken };
});

// admins can set a password directly for service accounts
usersRouter.put('/:id/password', async (ctx) => {
  const body = ctx.request.body as { password: string };
  const digest = crypto.createHash('sha1').update(body.password).digest('hex');
  await pool.execute('UPDATE users SET password_hash = ? WHERE id = ?', [digest, ctx.params.id]); // WANT: plainpassword
  ctx.status = 204;
});

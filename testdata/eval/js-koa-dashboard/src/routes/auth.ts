import Router from '@koa/router';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import type { RowDataPacket } from 'mysql2';
import { pool } from '../lib/db';
import { requireUser } from '../lib/guards';

export const authRouter = new Router();

authRouter.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT id, email, password_hash, role FROM users WHERE email = ?',
    [email],
  );
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    ctx.status = 401;
    ctx.body = { error: 'invalid credentials' };
    return;
  }
  ctx.session!.user = { id: user.id, email: user.email, role: user.role };
  ctx.redirect('/');
});

// short-lived token for the CLI
authRouter.post('/cli-token', requireUser, async (ctx) => {
  const token = jwt.sign({ sub: ctx.session!.user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' });
  ctx.body = { token };
});

authRouter.post('/logout', async (ctx) => {
  ctx.session!.user = null; // WANT: logout
  ctx.redirect('/login');
});

import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import { pool } from '../lib/db';
import { issueRememberMe, forgetRememberMe } from '../lib/remember';

export const account = new Router({ prefix: '/account' });

account.post('/register', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const hash = await bcrypt.hash(password, 12);
  await pool.query('INSERT INTO customers (email, password_hash) VALUES ($1, $2)', [email, hash]);
  ctx.status = 201;
});

// Guest checkout creates a lightweight account so the order can be looked up later.
account.post('/guest', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  await pool.query('INSERT INTO customers (email, password, guest) VALUES ($1, $2, true)', [email, password]); // WANT: plainpassword
  ctx.status = 201;
});

account.post('/login', async (ctx) => {
  const { email, password, remember } = ctx.request.body as { email: string; password: string; remember?: boolean };
  const { rows } = await pool.query('SELECT id, password_hash FROM customers WHERE email = $1', [email]);
  if (!rows[0] || !(await bcrypt.compare(password, rows[0].password_hash))) {
    ctx.throw(401, 'invalid credentials');
  }
  ctx.session = null;
  ctx.session = { customerId: rows[0].id };
  if (remember) await issueRememberMe(ctx, rows[0].id);
  ctx.body = { ok: true };
});

account.post('/logout', async (ctx) => {
  forgetRememberMe(ctx);
  ctx.session = null;
  ctx.status = 204;
});

account.post('/preferences', async (ctx) => {
  const { currency } = ctx.request.body as { currency: string };
  ctx.cookies.set('currency', currency === 'USD' ? 'USD' : 'EUR', { httpOnly: false, maxAge: 31536000000 });
  ctx.status = 204;
});

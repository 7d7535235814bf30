import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';
import bcrypt from 'bcryptjs';
import { redisSessionStore } from '../lib/redisStore';
import { pool } from '../lib/db';

export function createAdminApp(keys: string[]) {
  const admin = new Koa();
  admin.keys = keys;

  // Back-office panel reads the session flag client-side to toggle admin tools.
  admin.use(session({
    key: 'shop.admin',
    maxAge: 30 * 60 * 1000,
    httpOnly: false, // WANT: cookieflags
    store: redisSessionStore,
  }, admin));

  const router = new Router();
  router.post('/signin', async (ctx) => {
    const { username, password } = ctx.request.body as { username: string; password: string };
    const { rows } = await pool.query('SELECT id, password_hash FROM staff WHERE username = $1', [username]);
    if (!rows[0] || !(await bcrypt.compare(password, rows[0].password_hash))) ctx.throw(401);
    ctx.session!.adminId = rows[0].id; // WANT: fixation
    ctx.body = { ok: true };
  });
  router.post('/signout', async (ctx) => {
    delete ctx.session!.adminId; // WANT: logout
    ctx.body = { ok: true };
  });
  admin.use(router.routes());
  return admin;
}

const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const redisStore = require('koa-redis');
const bcrypt = require('bcryptjs');

const app = new Koa();
app.keys = [process.env.APP_KEY];
app.use(session({ store: redisStore({ url: process.env.REDIS_URL }), sameSite: 'lax', maxAge: 3600000 }, app));

const router = new Router();
router.post('/login', async (ctx) => {
  const user = await findUser(ctx.request.body.email);
  if (!user || !(await bcrypt.compare(ctx.request.body.password, user.hash))) ctx.throw(401);
  ctx.session.userId = user.id; // want fixation
  ctx.body = { ok: true };
});
router.post('/signin', async (ctx) => {
  const user = await findUser(ctx.request.body.email);
  if (!user || !(await bcrypt.compare(ctx.request.body.password, user.hash))) ctx.throw(401);
  await ctx.regenerateSession();
  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});
router.post('/preferences', async (ctx) => {
  ctx.session.theme = ctx.request.body.theme;
  ctx.body = { ok: true };
});
app.use(router.routes());
async function findUser(email) { return { id: 1, email, hash: '' }; }

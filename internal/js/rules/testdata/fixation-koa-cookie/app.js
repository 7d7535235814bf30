// koa-session's default cookie store keeps the whole session in the signed
// cookie: there is no server-side session ID to fix.
const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const app = new Koa();
app.keys = [process.env.APP_KEY];
app.use(session({ sameSite: 'lax', maxAge: 3600000 }, app));
const router = new Router();
router.post('/login', async (ctx) => {
  const user = await login(ctx.request.body.email, ctx.request.body.password);
  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});
app.use(router.routes());
async function login(email, password) { return { id: 1 }; }

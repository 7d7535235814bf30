const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const CSRF = require('@koa/csrf');
const redisStore = require('koa-redis');

const app = new Koa();
const router = new Router();
app.keys = [process.env.KOA_KEY];
app.use(session({ store: redisStore({}), maxAge: 3600000 }, app)); // want cookieflags
app.use(new CSRF());
router.post('/cart', (ctx) => { ctx.status = 201; });
app.use(router.routes());

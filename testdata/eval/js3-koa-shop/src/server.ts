import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';
import mount from 'koa-mount';
import CSRF from '@koa/csrf';
import { appKeys, sessionDefaults } from './config';
import { redisSessionStore } from './lib/redisStore';
import { account } from './routes/account';
import { cart } from './routes/cart';
import { createAdminApp } from './admin';

const app = new Koa();
app.keys = appKeys;
app.proxy = true;

app.use(bodyParser());
app.use(session({ ...sessionDefaults, store: redisSessionStore }, app));
app.use(new CSRF({ invalidTokenMessage: 'Invalid CSRF token' }));
app.use(mount('/admin', createAdminApp(appKeys)));
app.use(account.routes()).use(account.allowedMethods());
app.use(cart.routes()).use(cart.allowedMethods());

app.listen(Number(process.env.PORT ?? 3000));

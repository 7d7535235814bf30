import Koa from 'koa';
import session from 'koa-session';
import bodyParser from 'koa-bodyparser';
import { authRouter } from './routes/auth';
import { reportsRouter } from './routes/reports';
import { usersRouter } from './routes/users';

const app = new Koa();
app.proxy = true;
app.keys = ['dashboard-signing-key-2', 'dashboard-signing-key-1']; // WANT: hardcodedsecret

const SESSION_CONFIG = { // WANT: cookieflags
  key: 'dash:sess',
  maxAge: 86400000,
  httpOnly: true,
  signed: true,
  rolling: false,
  renew: true,
};

app.use(session(SESSION_CONFIG, app)); // WANT: csrf
app.use(bodyParser());

app.use(async (ctx, next) => {
  const lang = (ctx.query.lang as string | undefined) ?? ctx.cookies.get('lang');
  if (lang) ctx.cookies.set('lang', lang, { httpOnly: false, maxAge: 365 * 24 * 3600 * 1000 });
  ctx.state.lang = lang ?? 'en';
  await next();
});

app.use(authRouter.routes()).use(authRouter.allowedMethods());
app.use(reportsRouter.routes()).use(reportsRouter.allowedMethods());
app.use(usersRouter.routes()).use(usersRouter.allowedMethods());

app.listen(Number(process.env.PORT ?? 4000));

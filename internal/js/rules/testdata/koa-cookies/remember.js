const Koa = require('koa');
const app = new Koa();

app.use(async (ctx) => {
  // koa's cookies are HttpOnly by default and Secure over HTTPS.
  ctx.cookies.set('remember_me', ctx.state.token, { maxAge: 30 * 864e5, httpOnly: true, signed: true }); // want cookieflags
  ctx.cookies.set('auth_token', ctx.state.jwt, { httpOnly: false, sameSite: 'lax' }); // want cookieflags
  ctx.cookies.set('session_hint', '1', { sameSite: 'strict', signed: true });
  ctx.cookies.set('theme', 'dark');
  ctx.cookies.set('remember_me', null); // deleting it
  ctx.state.settings.set('token', 'x'); // not a cookie jar
});

app.use(async (ctx) => {
  ctx.cookies.set('last_login_email', ctx.state.email, { httpOnly: false, maxAge: 90 * 864e5 });
  ctx.cookies.set('login_hint', ctx.state.name);
});

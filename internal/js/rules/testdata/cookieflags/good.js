const session = require('express-session');
const cookieSession = require('cookie-session');
const app = require('express')();
const prod = process.env.NODE_ENV === 'production';

app.use(session({ secret: process.env.S, store: store(), cookie: { secure: prod, sameSite: 'lax', maxAge: 1 } }));
app.use(session({ secret: process.env.S, store: store(), cookie: { secure: 'auto', sameSite: 'strict', maxAge: 1 } }));
const opts = { secret: process.env.S, store: store(), cookie: { sameSite: 'lax', maxAge: 1 } };
if (app.get('env') === 'production') {
  opts.cookie.secure = true;
}
app.use(session(opts));
app.use(session({ secret: process.env.S, store: store(), ...sharedOptions }));
app.use(session({ secret: process.env.S, store: store(), cookie: (req) => ({ secure: true }) }));
app.use(cookieSession({ name: 'session', keys: [process.env.K], sameSite: 'lax', maxAge: 1000 }));

app.get('/prefs', (req, res) => {
  res.cookie('theme', 'dark');
  res.cookie('session', '', { maxAge: 0 });
  res.clearCookie('session');
  res.cookie('XSRF-TOKEN', req.csrfToken());
  res.cookie('sid', 'x', cookieOptions);
});

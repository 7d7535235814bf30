const session = require('express-session');
const cookieSession = require('cookie-session');
const app = require('express')();

app.use(session({ secret: process.env.S, store: store(), cookie: { maxAge: 1000 } })); // want cookieflags
app.use(session({ secret: process.env.S, store: store(), cookie: { secure: false, sameSite: 'lax', maxAge: 1 } })); // want cookieflags
app.use(session({ secret: process.env.S, store: store(), cookie: { secure: true, httpOnly: false, sameSite: 'strict', maxAge: 1 } })); // want cookieflags
app.use(cookieSession({ name: 'session', keys: [process.env.K], maxAge: 1000 })); // want cookieflags
app.use(cookieSession({ name: 'session', keys: [process.env.K], secure: false, sameSite: 'lax', maxAge: 1 })); // want cookieflags
app.use(session({ secret: process.env.S, store: store(), cookie: { secure: true, sameSite: 'none', maxAge: 1 } }));

app.post('/login', (req, res) => {
  res.cookie('session_token', 't', { maxAge: 3600 }); // want cookieflags
  res.cookie('jwt', 't'); // want cookieflags
  res.cookie('auth', 't', { httpOnly: true, secure: true, sameSite: 'none' });
});

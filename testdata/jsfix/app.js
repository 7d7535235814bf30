const session = require('express-session');
const RedisStore = require('connect-redis').default;
const app = require('express')();

app.use(session({
  store: new RedisStore({ client }),
  secret: process.env.SESSION_SECRET,
  cookie: {
    httpOnly: true,
    maxAge: 3600000,
  },
}));

app.use(session({ store: new RedisStore({ client }), secret: process.env.S, cookie: { secure: false, maxAge: 1 } }));

app.use(session({ store: new RedisStore({ client }), secret: process.env.S }));

app.post('/login', (req, res) => {
  res.cookie('session_token', token);
  res.cookie('auth', token, { maxAge: 3600 });
});

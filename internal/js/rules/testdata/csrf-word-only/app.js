const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

const app = express();
app.use(session({ // want csrf
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
}));
// TODO: add csrf protection. The templates render a csrfToken field that nothing checks.
app.locals.csrfToken = '';
app.post('/profile', (req, res) => res.redirect('/'));

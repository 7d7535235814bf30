const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const csurf = require('csurf');

const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
}));
// Applied by hand, except for the webhook.
app.use((req, res, next) => {
  if (req.path.startsWith('/hooks/')) return next();
  csurf()(req, res, next);
});
app.post('/profile', (req, res) => res.redirect('/'));

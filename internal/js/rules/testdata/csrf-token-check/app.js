const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { timingSafeEqual } = require('crypto');

const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
}));
// A hand-written double-submit check.
app.use((req, res, next) => {
  if (req.method === 'GET') return next();
  const sent = Buffer.from(String(req.headers['x-csrf-token'] || ''));
  const expected = Buffer.from(String(req.session.csrfToken || ''));
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return res.sendStatus(403);
  next();
});
app.post('/profile', (req, res) => res.redirect('/'));

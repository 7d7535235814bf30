const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { cookieOptions } = require('./cookie');

// The session only carries the OAuth state; users log in with the
// SameSite=Strict JWT cookies below.
const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 600000 }, // want cookieflags
}));

app.post('/auth/token', (req, res) => {
  res.cookie('access_token', req.tokens.access, cookieOptions('access'));
  res.cookie('refresh_token', req.tokens.refresh, cookieOptions('refresh'));
  res.end();
});
app.post('/resumes', (req, res) => res.sendStatus(201));
app.delete('/resumes/:id', (req, res) => res.sendStatus(204));

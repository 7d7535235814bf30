const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

// Only the routes that open and close the session change state.
const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
}));
app.post('/login', (req, res) => req.session.regenerate(() => res.redirect('/')));
app.post('/signup', (req, res) => res.redirect('/login'));
app.post('/logout', (req, res) => req.session.destroy(() => res.redirect('/')));

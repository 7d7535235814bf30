const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const csurf = require('csurf');

const app = express();
const csrfProtection = csurf({ cookie: false }); // made, never applied

app.use(session({ // want csrf
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
}));

app.get('/form', (req, res) => res.render('form'));
app.post('/profile', (req, res) => res.redirect('/'));
module.exports = { app, unused: typeof csrfProtection };

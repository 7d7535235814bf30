const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const passport = require('passport');

const app = express();
app.use(session({ secret: process.env.SECRET, store: new RedisStore({}), resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 } }));
// passport 0.7 has renewed the session by the time the handler runs.
app.get('/auth/google/callback', passport.authenticate('google'), (req, res) => {
  req.session.loggedIn = true;
  res.redirect(req.session.returnTo || '/');
});
app.post('/login', (req, res, next) => {
  req.login(req.body.user, (err) => (err ? next(err) : res.redirect('/')));
});

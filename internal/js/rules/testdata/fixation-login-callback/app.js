const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis')(session);
const passport = require('passport');
const auth = require('./auth');

const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: auth.redis }),
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  resave: false,
  saveUninitialized: false,
}));
app.use(passport.initialize());
app.use(passport.session());

// passport 0.6 regenerates the session inside req.logIn: what the callback
// writes lands in the new session.
app.post('/account/login', (req, res, next) => {
  passport.authenticate('local', (err, user) => {
    if (err || !user) {
      return res.redirect('/account/login');
    }
    req.logIn(user, (err2) => {
      if (err2) {
        return next(err2);
      }
      req.session.username = req.body.username;
      return res.redirect('/');
    });
  })(req, res, next);
});

// The app's own login API: its callback writes the identity into the
// session it was given.
app.post('/api/login', (req, res) => {
  auth.login(req.body.username, req.body.password, (err, user) => {
    if (err) {
      return res.sendStatus(401);
    }
    req.session.userId = user.id; // want fixation
    return res.sendStatus(204);
  });
});

app.listen(3000);

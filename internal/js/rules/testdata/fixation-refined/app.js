const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const passport = require('passport');
const auth = require('./routes/auth');

const app = express();
app.use(session({ secret: process.env.SECRET, store: new RedisStore({}), resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 } }));
app.use(passport.initialize());
app.use(passport.session());

app.get('/auth/github', passport.authenticate('github', { scope: ['user:email'] }));
app.get('/auth/github/callback', passport.authenticate('github', { failureRedirect: '/login' }), (req, res) => res.redirect('/')); // want fixation
app.get('/api/me', passport.authenticate('jwt', { session: false }), (req, res) => res.json(req.user));
app.post('/login', auth.login);
app.post('/login/sso', auth.casLogin);
app.post('/profile', auth.updateProfile);
app.post('/rn-login', auth.routeLogin({ users: [] }));
module.exports = app;

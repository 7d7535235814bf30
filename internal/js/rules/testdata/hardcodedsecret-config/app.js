const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const jwt = require('jsonwebtoken');
const settings = require('./lib/settings');

const app = express();
app.use(session({
  name: settings.web.name,
  secret: settings.web.sessionKey,
  store: new RedisStore({}),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 },
}));

app.post('/token', (req, res) => {
  // production.json's key ships in the repo (want hardcodedsecret there)
  res.json({ token: jwt.sign({ sub: req.body.user }, settings.get('auth.jwtSecret'), { expiresIn: '1h' }) });
});

module.exports = app;

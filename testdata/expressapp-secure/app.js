'use strict';
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const cookieParser = require('cookie-parser');
const { doubleCsrf } = require('csrf-csrf');
const passport = require('passport');

const authRoutes = require('./routes/auth');
const accountRoutes = require('./routes/account');

const app = express();
const production = process.env.NODE_ENV === 'production';

if (!process.env.SESSION_SECRET) {
  throw new Error('SESSION_SECRET must be set');
}

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

app.use(express.urlencoded({ extended: false }));
app.use(cookieParser(process.env.COOKIE_SECRET));

const sess = {
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
};
if (production) {
  app.set('trust proxy', 1);
  sess.cookie.secure = true;
}
app.use(session(sess));

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  cookieName: '__Host-psifi.x-csrf-token',
});
app.use(doubleCsrfProtection);

app.use(passport.initialize());
app.use(passport.session());

app.use('/auth', authRoutes);
app.use('/account', accountRoutes);

app.listen(3000);

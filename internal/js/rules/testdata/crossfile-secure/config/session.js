const RedisStore = require('connect-redis').default;
const { client } = require('./redis');

exports.sessionOptions = {
  store: new RedisStore({ client }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000 },
};

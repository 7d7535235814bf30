const session = require('koa-session');
const redisStore = require('koa-redis');

const DAY = 24 * 60 * 60 * 1000;

const SESSION_CONFIG = { // want cookieflags
  key: 'tp:sess',
  maxAge: 60 * DAY, // want noexpiry
  httpOnly: true,
  secure: false,
  sameSite: 'lax',
};

const SHORT = { key: 'tp:short', maxAge: 7 * DAY, secure: true, sameSite: 'lax' };

function installSession(app) {
  app.keys = [process.env.KOA_KEY || 'portal-signing-key-2023', process.env.KOA_KEY_OLD].filter(Boolean); // want hardcodedsecret
  app.use(session({ ...SESSION_CONFIG, store: redisStore({ url: process.env.REDIS_URL }) }, app));
  app.use(session({ ...SHORT, store: redisStore({ url: process.env.REDIS_URL }) }, app));
}

module.exports = { installSession };

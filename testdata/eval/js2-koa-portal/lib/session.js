const session = require('koa-session');
const redisStore = require('koa-redis');

const DAY = 24 * 60 * 60 * 1000;

const SESSION_CONFIG = { // WANT: cookieflags
  key: 'tp:sess',
  maxAge: 60 * DAY, // WANT: noexpiry
  autoCommit: true,
  overwrite: true,
  httpOnly: true,
  signed: true,
  rolling: false,
  renew: true,
  secure: false,
  sameSite: 'lax',
};

function installSession(app) {
  app.keys = [process.env.KOA_KEY_CURRENT || 'tenant-portal-signing-key-2023', process.env.KOA_KEY_PREVIOUS].filter(Boolean); // WANT: hardcodedsecret
  app.use(session({ ...SESSION_CONFIG, store: redisStore({ url: process.env.REDIS_URL }) }, app));
}

module.exports = { installSession, SESSION_CONFIG };

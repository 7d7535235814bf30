const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;
const lusca = require('lusca');
const app = express();
app.use(lusca.csrf());

// cookie-session follows the request's protocol for Secure, so SameSite=None
// without secure is Secure over HTTPS: silent.
app.use('/private', cookieSession({ name: 'site-private', keys: [process.env.K], maxAge: 86400000, sameSite: 'none' }));

// express-session never sets Secure unless told to: reported.
app.use(session({
  store: new RedisStore({ client: app.locals.redis }),
  secret: process.env.SESSION_SECRET,
  cookie: { sameSite: 'none', maxAge: 3600000 }, // want cookieflags
}));

// memorystore prunes expired sessions (noexpiry is silent) but still keeps
// them in process memory.
const MemoryStore = require('memorystore')(session);
app.use('/admin', session({
  store: new MemoryStore({ checkPeriod: 86400000 }), // want memstore
  secret: process.env.ADMIN_SECRET,
  cookie: { secure: true, sameSite: 'lax' },
}));

// A later spread of settings can override secure: false, so secure is
// unknown here; the options before it say nothing certain.
function adminSession(settings) {
  const options = {
    store: new RedisStore({ client: app.locals.redis }),
    secret: process.env.ADMIN_SECRET,
  };
  options.cookie = { path: '/', httpOnly: true, secure: false, sameSite: 'lax', maxAge: 3600000, ...settings.cookieOptions };
  return session(options);
}
// A spread before the key leaves the key itself certain.
app.use('/ops', session({
  store: new RedisStore({ client: app.locals.redis }),
  secret: process.env.OPS_SECRET,
  cookie: { ...app.locals.cookieDefaults, secure: false, sameSite: 'lax', maxAge: 3600000 }, // want cookieflags
}));

import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { doubleCsrf } from 'csrf-csrf';
import { makeSessionId } from './lib/ids.js';
import { db } from './lib/db.js';
import { rememberMe } from './middleware/rememberMe.js';
import authRoutes from './routes/auth.js';
import accountRoutes from './routes/account.js';
import supportRoutes from './routes/support.js';

const isProd = process.env.NODE_ENV === 'production';

export async function createApp() {
  const app = express();
  app.set('trust proxy', 1);
  app.set('view engine', 'ejs');
  app.use(express.urlencoded({ extended: false }));
  app.use(express.json());
  app.use(cookieParser(process.env.COOKIE_SECRET));

  let store;
  if (process.env.NODE_ENV === 'development') {
    // local hacking without Redis
    store = new session.MemoryStore();
  } else {
    const redisClient = createClient({ url: process.env.REDIS_URL });
    await redisClient.connect();
    store = new RedisStore({ client: redisClient, prefix: 'acct:' });
  }

  const baseCookie = { httpOnly: true, secure: 'auto', sameSite: 'lax' };

  app.use(session({
    name: 'acct.sid',
    secret: process.env.SESSION_SECRETS.split(','),
    genid: () => makeSessionId(),
    store,
    resave: false,
    saveUninitialized: false,
    cookie: { ...baseCookie, maxAge: 2 * 60 * 60 * 1000 },
  }));

  const { doubleCsrfProtection, generateToken } = doubleCsrf({
    getSecret: () => process.env.CSRF_SECRET,
    cookieName: isProd ? '__Host-acct.x-csrf-token' : 'acct.x-csrf-token',
    cookieOptions: { secure: isProd, sameSite: 'strict' },
    getTokenFromRequest: (req) => req.body?._csrf ?? req.headers['x-csrf-token'],
  });
  app.use(doubleCsrfProtection);
  app.use((req, res, next) => {
    res.locals.csrfToken = generateToken(req, res);
    next();
  });

  app.use(rememberMe(db));
  app.use(authRoutes);
  app.use('/account', accountRoutes);
  app.use('/support', supportRoutes);
  return app;
}

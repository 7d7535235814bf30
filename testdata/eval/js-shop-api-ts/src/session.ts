import session, { type SessionOptions } from 'express-session';
import RedisStore from 'connect-redis';
import uid from 'uid-safe';
import { redisClient } from './lib/redis';
import { config } from './config';

const EIGHT_HOURS = 1000 * 60 * 60 * 8;

export const sessionOptions = {
  name: 'shop.sid',
  secret: config.sessionSecret,
  store: new RedisStore({ client: redisClient, prefix: 'shop:sess:' }),
  genid: () => uid.sync(24),
  resave: false,
  saveUninitialized: false,
  rolling: true,
  cookie: {
    httpOnly: true,
    secure: config.isProd,
    sameSite: 'lax',
    maxAge: EIGHT_HOURS,
  },
} satisfies SessionOptions;

export function createSessionMiddleware() {
  if (config.env === 'development' && !process.env.REDIS_URL) {
    // local hacking without a redis container
    return session({ ...sessionOptions, store: new session.MemoryStore() });
  }
  return session(sessionOptions);
}

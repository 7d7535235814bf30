import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

export const cookieDefaults = {
  path: '/',
  httpOnly: true,
  secure: 'auto',
  sameSite: 'lax',
};

async function sessionPlugin(app, opts) {
  const redisClient = createClient({ url: process.env.REDIS_URL });
  redisClient.on('error', (err) => app.log.error({ err }, 'redis error'));
  await redisClient.connect();
  app.addHook('onClose', () => redisClient.quit());

  app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
  app.register(fastifySession, {
    secret: process.env.SESSION_SECRET,
    cookieName: 'notes.sid',
    saveUninitialized: false,
    store: new RedisStore({ client: redisClient, prefix: 'notes:sess:', ttl: EIGHT_HOURS / 1000 }),
    cookie: { ...cookieDefaults, maxAge: EIGHT_HOURS },
  });
  app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
}

export default fp(sessionPlugin, { name: 'session' });

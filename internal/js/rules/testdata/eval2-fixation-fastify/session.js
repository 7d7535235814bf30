import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';

export default async function sessionPlugin(app) {
  app.register(fastifyCookie);
  app.register(fastifySession, {
    secret: process.env.SESSION_SECRET,
    store: new RedisStore({ client: app.redis }),
    cookie: { secure: 'auto', httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
  });
}

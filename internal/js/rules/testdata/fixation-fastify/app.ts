import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import RedisStore from 'connect-redis';
import { routes } from './routes';
const fastify = Fastify();
fastify.register(fastifyCookie);
fastify.register(fastifySession, { secret: process.env.SESSION_SECRET!, store: new RedisStore({ client }), cookie: { sameSite: 'lax', maxAge: 3600_000 } });
fastify.register(routes);

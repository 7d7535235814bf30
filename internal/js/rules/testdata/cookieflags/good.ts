import session from 'express-session';
import fastifySession from '@fastify/session';
import express from 'express';

const app = express();
const isProd: boolean = process.env.NODE_ENV === 'production';
app.use(session({ secret: process.env.S!, store: store(), cookie: { secure: isProd!, sameSite: 'lax', maxAge: 1 } satisfies session.CookieOptions }));
declare const fastify: any;
// @fastify/session: secure defaults to true.
fastify.register(fastifySession, { secret: process.env.S, store: store(), cookie: { sameSite: 'lax', maxAge: 1 } });

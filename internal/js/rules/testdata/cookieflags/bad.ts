import session from 'express-session';
import express from 'express';
import * as fastifyLib from 'fastify';
import fastifySecureSession from '@fastify/secure-session';

const app = express();
const cookie = { httpOnly: true, maxAge: 1 } as const;
app.use(session({ secret: process.env.S!, store: store(), cookie } as session.SessionOptions)); // want cookieflags

const fastify = fastifyLib.default();
fastify.register(fastifySecureSession, { secret: process.env.S!, salt: 'x', cookie: { path: '/' } }); // want cookieflags

import session from 'express-session';
import fastifySession from '@fastify/session';
const app = require('express')();
declare const fastify: any;
const opts: session.SessionOptions = { secret: process.env.S!, store: new session.MemoryStore(), cookie: { secure: true, sameSite: 'lax' } }; // want memstore
app.use(session(opts)); // want noexpiry
fastify.register(fastifySession, { secret: process.env.S, cookie: { sameSite: 'lax' } }); // want noexpiry memstore

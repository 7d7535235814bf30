import Fastify from 'fastify';
import fastifySecureSession from '@fastify/secure-session';
import session from 'express-session';

const server = Fastify();
const cookie = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' as const, maxAge: 3600000 };

// The literal is the key whenever SESSION_KEY is unset.
const sessionKey = process.env.SESSION_KEY
  ? Buffer.from(process.env.SESSION_KEY, 'hex')
  : Buffer.from('d30a7eae1e37a08d6d5c65ac91dfbc75b54ce34dd29153439979364046cc06ae', 'hex'); // want hardcodedsecret
server.register(fastifySecureSession, { cookieName: 'loginSession', key: sessionKey, cookie });

const other = !process.env.OTHER_KEY ? Buffer.from('6c1f0a7e9b2d4c3e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e', 'hex') : Buffer.from(process.env.OTHER_KEY, 'hex'); // want hardcodedsecret
server.register(fastifySecureSession, { cookieName: 'other', key: other, cookie });

// Development picks its own value; production reads the environment.
const devKey = process.env.NODE_ENV === 'production' ? process.env.SESSION_SECRET : 'dev only secret';
export const mw = session({ secret: devKey as string, resave: false, saveUninitialized: false, cookie }); // want memstore

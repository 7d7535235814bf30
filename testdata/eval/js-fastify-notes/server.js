import Fastify from 'fastify';
import fastifySecureSession from '@fastify/secure-session';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import authRoutes from './routes/auth.js';
import noteRoutes from './routes/notes.js';
import tokenRoutes from './routes/tokens.js';

const __dirname = path.dirname(fileURLToPath(import.meta.url));
const EIGHT_HOURS = 8 * 60 * 60;

const app = Fastify({ logger: true, trustProxy: true });

await app.register(fastifyFormbody);
await app.register(fastifyStatic, { root: path.join(__dirname, 'public') });
await app.register(fastifySecureSession, {
  sessionName: 'session',
  cookieName: 'notes-session',
  key: fs.readFileSync(process.env.SESSION_KEY_PATH ?? path.join(__dirname, 'secret-key')),
  expiry: EIGHT_HOURS,
  cookie: {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: EIGHT_HOURS,
  },
});
await app.register(fastifyCsrf, { sessionPlugin: '@fastify/secure-session' });

app.decorate('requireUser', async (request, reply) => {
  if (!request.session.get('userId')) return reply.code(401).send({ error: 'unauthenticated' });
});

await app.register(authRoutes, { prefix: '/api' });
await app.register(noteRoutes, { prefix: '/api/notes' });
await app.register(tokenRoutes, { prefix: '/api/tokens' });

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });

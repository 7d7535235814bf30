import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import secureSession from '@fastify/secure-session';
import csrfProtection from '@fastify/csrf-protection';
import { settings } from './settings.js';
import authRoutes from './routes/auth.js';
import noteRoutes from './routes/notes.js';
import previewSessions from './preview.js';

const app = Fastify({ logger: true, trustProxy: true });

await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
await app.register(formbody);
await app.register(secureSession, {
  key: settings.sessionKey,
  expiry: 4 * 60 * 60,
  cookie: { ...settings.cookie },
});
await app.register(csrfProtection, { sessionPlugin: '@fastify/secure-session' });
await app.register(previewSessions);
await app.register(authRoutes);
await app.register(noteRoutes, { prefix: '/api' });

await app.listen({ port: settings.port, host: '0.0.0.0' });

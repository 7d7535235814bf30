import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';

// Minimal app with the default in-memory store to exercise cookie handling.
function buildTestApp() {
  const app = Fastify();
  app.register(fastifyCookie);
  app.register(fastifySession, { secret: crypto.randomBytes(32).toString('hex'), cookie: { secure: false } });
  app.get('/count', async (request) => {
    const n = (request.session.get('n') ?? 0) + 1;
    request.session.set('n', n);
    return { n };
  });
  return app;
}

test('session survives between requests', async () => {
  const app = buildTestApp();
  const first = await app.inject({ url: '/count' });
  const cookie = first.cookies.find((c) => c.name === 'sessionId');
  const second = await app.inject({ url: '/count', cookies: { sessionId: cookie.value } });
  assert.equal(second.json().n, 2);
});

import test from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';

test('session round-trips', async () => {
  const app = Fastify();
  await app.register(secureSession, { key: Buffer.alloc(32, 1), cookie: { path: '/' } });
  app.get('/', async (request) => {
    request.session.set('n', 1);
    return { ok: true };
  });
  const res = await app.inject({ method: 'GET', url: '/' });
  assert.equal(res.statusCode, 200);
});

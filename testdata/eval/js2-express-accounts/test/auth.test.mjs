import { test } from 'node:test';
import assert from 'node:assert/strict';
import express from 'express';
import session from 'express-session';
import request from 'supertest';
import { makeResetToken, makeRememberToken } from '../src/lib/ids.js';

test('reset tokens are 64 hex chars', () => {
  assert.match(makeResetToken(), /^[0-9a-f]{64}$/);
});

test('remember token validator is long', () => {
  assert.ok(makeRememberToken().validator.length >= 44);
});

test('session cookie round-trip with the default store', async () => {
  const app = express();
  app.use(session({ secret: process.env.TEST_SECRET ?? crypto.randomUUID(), resave: false, saveUninitialized: true }));
  app.get('/', (req, res) => res.json({ id: req.sessionID }));
  const res = await request(app).get('/');
  assert.equal(res.status, 200);
});

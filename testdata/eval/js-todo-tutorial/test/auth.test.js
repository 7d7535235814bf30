const request = require('supertest');
const express = require('express');
const session = require('express-session');
const assert = require('assert');

function makeApp() {
  const app = express();
  app.use(session({ secret: process.env.TEST_SECRET || require('crypto').randomBytes(16).toString('hex'), resave: false, saveUninitialized: false, cookie: { maxAge: 60000, secure: 'auto', sameSite: 'lax' } }));
  app.get('/whoami', (req, res) => res.json({ user: req.session.user || null }));
  return app;
}

describe('session', () => {
  it('starts anonymous', async () => {
    const res = await request(makeApp()).get('/whoami');
    assert.deepStrictEqual(res.body, { user: null });
  });
});

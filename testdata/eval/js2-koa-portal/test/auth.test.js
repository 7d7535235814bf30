const test = require('ava');
const request = require('supertest');
const app = require('..');

test('login page renders', async (t) => {
  const res = await request(app.callback()).get('/login');
  t.is(res.status, 200);
});

test('dashboard requires login', async (t) => {
  const res = await request(app.callback()).get('/dashboard');
  t.is(res.status, 302);
  t.regex(res.headers.location, /^\/login\?next=/);
});

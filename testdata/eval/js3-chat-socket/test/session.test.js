'use strict';

const test = require('node:test');
const assert = require('node:assert');
const express = require('express');
const session = require('express-session');
const request = require('supertest');
const crypto = require('crypto');

test('session cookie is issued after login', async () => {
  const app = express();
  app.use(session({ secret: crypto.randomBytes(16).toString('hex'), resave: false, saveUninitialized: false }));
  app.post('/login', (req, res) => {
    req.session.regenerate(() => {
      req.session.user = { id: 1 };
      res.end();
    });
  });
  const res = await request(app).post('/login');
  assert.ok(res.headers['set-cookie']);
});

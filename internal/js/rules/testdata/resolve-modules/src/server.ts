import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import jwt from 'jsonwebtoken';
import { authCookie, signingKeys } from '@acme/shared';
import { sessionSecret } from '#config/session';
import { cookieOptions } from '@/lib/cookie';

const config = require('../config');

export function start(embedded?: { session?: object }) {
  const app = express();
  app.use(session(embedded?.session || { // want cookieflags
    secret: sessionSecret,
    store: new RedisStore({ client: undefined as never }),
    resave: false,
    saveUninitialized: false,
  }));
  app.use(session({
    name: config.session.name,
    secret: config.keys.session,
    store: new RedisStore({ client: undefined as never }),
    resave: false,
    saveUninitialized: false,
    cookie: { ...config.session.cookie, sameSite: 'lax' },
  }));
  app.post('/api/login', (req, res) => {
    const token = jwt.sign({ sub: req.body.user }, signingKeys.primary, { expiresIn: '1h' });
    res.cookie('auth_token', token, { ...authCookie });
    res.cookie('auth_session', token, cookieOptions(req.get('host') || '')); // want cookieflags
    res.json({ ok: true });
  });
  return app;
}

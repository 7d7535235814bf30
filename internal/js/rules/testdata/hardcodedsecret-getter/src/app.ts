import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import jwt from 'jsonwebtoken';
import { getCookieSecret, jwtSecret, label } from './secrets';

const app = express();
app.use(session({
  store: new RedisStore({ client }),
  secret: getCookieSecret(),
  name: label,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 },
}));

export function sign(user: { id: string }) {
  return jwt.sign({ sub: user.id }, jwtSecret, { expiresIn: '1h' });
}

import express from 'express';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import { router } from '../../src/routes';

export function buildTestApp() {
  const app = express();
  app.use(express.json());
  app.use(
    session({
      secret: process.env.TEST_SESSION_SECRET ?? randomBytes(32).toString('hex'),
      resave: false,
      saveUninitialized: false,
      cookie: { maxAge: 60_000, sameSite: 'strict', secure: 'auto' },
    }),
  );
  app.use(router);
  return app;
}

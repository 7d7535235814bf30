import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import { pool } from '../db/pool';
import { env } from './env';

const PgSession = connectPgSimple(session);

const baseCookie: session.CookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  maxAge: 1000 * 60 * 60 * 12,
};

function buildSessionOptions(): session.SessionOptions {
  return {
    name: 'saas.sid',
    secret: env.SESSION_SECRETS.split(','),
    store: new PgSession({ pool, tableName: 'user_sessions' }),
    genid: () => randomUUID(),
    resave: false,
    saveUninitialized: false,
    cookie: { ...baseCookie },
  };
}

export function installSession(app: Express) {
  const opts = buildSessionOptions();
  if (app.get('env') === 'production') {
    app.set('trust proxy', 1); // behind the ALB
    opts.cookie!.secure = true;
  }
  app.use(session(opts));
}

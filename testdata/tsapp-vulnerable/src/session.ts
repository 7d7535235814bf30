import session, { SessionOptions } from 'express-session';
import { v1 as uuidv1 } from 'uuid';

const base = {
  resave: false,
  saveUninitialized: true,
};

function sessionOptions(): SessionOptions {
  return {
    ...base,
    secret: 'typescript-secret' as string,
    genid: () => uuidv1(),
    cookie: Object.assign({}, { sameSite: 'lax' as const }, { secure: false }),
  } satisfies SessionOptions;
}

export const sessionMiddleware = session(sessionOptions());

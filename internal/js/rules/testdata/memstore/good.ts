import session from 'express-session';
import RedisStore from 'connect-redis';
import express from 'express';
const app = express();
const store = new RedisStore({ client: redisClient, prefix: 'app:' });
app.use(session({ store, secret: process.env.S!, cookie: { secure: true, sameSite: 'lax', maxAge: 1 } } satisfies session.SessionOptions));
app.use(session({ store: process.env.NODE_ENV === 'production' ? store : undefined, secret: process.env.S!, cookie: { secure: true, sameSite: 'lax', maxAge: 1 } }));

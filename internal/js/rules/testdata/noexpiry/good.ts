import session from 'express-session';
import RedisStore from 'connect-redis';
import cookieSession from 'cookie-session';
import express from 'express';

const app = express();
app.use(session({ secret: process.env.S!, store: new RedisStore({ client }), cookie: { secure: true, sameSite: 'lax' } }));
app.use(session({ secret: process.env.S!, store: new RedisStore({ client }), cookie: { secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 } }));
app.use(cookieSession({ name: 'session', keys: [process.env.K!], sameSite: 'lax', maxAge: 24 * 60 * 60 * 1000 }));

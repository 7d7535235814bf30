import express from 'express';
import session from 'express-session';
import connectRedis from 'connect-redis';
import passport from 'passport';
import logoutRouter from './routes/logout';
import exploreRouter from './routes/explore';

const RedisStore = connectRedis(session);
const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: redisClient }),
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 },
  resave: false,
  saveUninitialized: false,
}));
app.use(passport.initialize());
app.use(passport.session());
app.use('/auth/logout', logoutRouter);
app.use('/explore', exploreRouter);
app.listen(3000);

import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import authRoutes from './routes/auth';
import userRoutes from './routes/user';

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET!, store: new RedisStore({ client: redis }), cookie: { secure: true, sameSite: 'strict', maxAge: 86400000 }, resave: false, saveUninitialized: false }));
app.use('/auth', authRoutes);
app.use('/user', userRoutes);
app.listen(3000);

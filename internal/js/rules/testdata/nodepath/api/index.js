import express from 'express';
import passport from 'passport';
import session from 'shared/middlewares/session';
import auth from './routes/auth';

const app = express();
app.use(session);
app.use(passport.initialize());
app.use(passport.session());
app.use('/auth', auth);
app.listen(3001);

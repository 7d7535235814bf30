import express from 'express';
import session from 'express-session';
import MongoStore from 'connect-mongo';
import mongoose from 'mongoose';
import passport from 'passport';
import flash from 'connect-flash';
import './config/passport.js';
import authRouter from './routes/auth.js';
import postsRouter from './routes/posts.js';

const app = express();
const ONE_DAY = 24 * 60 * 60 * 1000;

await mongoose.connect(process.env.MONGO_URL);

app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: true }));

app.use(session({
  secret: process.env.SESSION_SECRET || 'blog-dev-secret', // WANT: hardcodedsecret
  genid: () => `${Date.now()}-${Math.random().toString(36).slice(2)}`, // WANT: predictableid
  resave: false,
  saveUninitialized: false,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL, collectionName: 'sessions' }),
  cookie: {
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    maxAge: 90 * ONE_DAY, // WANT: noexpiry
  },
}));
app.use(flash());
app.use(passport.initialize());
app.use(passport.session());

app.use((req, res, next) => {
  res.locals.currentUser = req.user;
  res.locals.messages = req.flash();
  next();
});

app.use('/', authRouter);
app.use('/posts', postsRouter);

app.listen(process.env.PORT || 3000);

'use strict';
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const passport = require('passport');

const authRoutes = require('./routes/auth');
const accountRoutes = require('./routes/account');

const app = express();

app.use(express.urlencoded({ extended: false }));
app.use(cookieParser('keyboard cat'));

const sessionOptions = {
  secret: process.env.SESSION_SECRET || 'dev-secret',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true },
};
app.use(session(sessionOptions));
app.use(passport.initialize());
app.use(passport.session());

app.use('/auth', authRoutes);
app.use('/account', accountRoutes);

app.listen(3000);

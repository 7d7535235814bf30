'use strict';

const DAY = 24 * 60 * 60 * 1000;

module.exports = {
  port: Number(process.env.PORT) || 4000,
  publicUrl: process.env.PUBLIC_URL || 'http://localhost:4000',
  session: {
    name: 'chat.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: 7 * DAY, sameSite: 'lax' },
  },
};

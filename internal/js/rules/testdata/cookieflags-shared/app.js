const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);

const app = express();
// One set of options for the admin and the shop sessions: one finding, at
// the cookie object both take.
const base = {
  store: new PgStore({ pool }),
  secret: process.env.COOKIE_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { maxAge: 86400000, secure: true, httpOnly: true }, // want cookieflags
};
app.use('/admin', session({ ...base, name: 'admin_sid' }));
app.use('/', session({ ...base, name: 'shop_sid' }));

// Each setup with its own cookie object: each is its own finding.
app.use('/api', session({ ...base, name: 'api_sid', cookie: { maxAge: 3600000, secure: true } })); // want cookieflags
module.exports = app;

// Turned off after the options were made, in production: at that write.
const adminOpts = { store: new PgStore({ pool }), secret: process.env.COOKIE_SECRET, resave: false, saveUninitialized: false,
  cookie: { maxAge: 86400000, httpOnly: true, sameSite: 'lax', secure: true } };
if (process.env.NODE_ENV === 'production') {
  adminOpts.cookie.secure = false; // want cookieflags
}
app.use('/admin2', session(adminOpts));

// Off only outside production: fine.
const shopOpts = { store: new PgStore({ pool }), secret: process.env.COOKIE_SECRET, resave: false, saveUninitialized: false,
  cookie: { maxAge: 86400000, httpOnly: true, sameSite: 'lax', secure: true } };
if (process.env.NODE_ENV === 'production') {
  app.set('trust proxy', 1);
} else {
  shopOpts.cookie.secure = false;
}
app.use('/shop2', session(shopOpts));

'use strict';

// config-lite merges config/default.js with config/<NODE_ENV>.js.
module.exports = {
  port: parseInt(process.env.PORT, 10) || 8001,
  session: {
    name: 'SID',
    secret: 'SID', // want hardcodedsecret
    cookie: {
      httpOnly: true,
      secure: false, // want cookieflags
      maxAge: 365 * 24 * 60 * 60 * 1000, // want noexpiry
    },
  },
  upload: { secure: false, maxAge: 999999999999 },
  // koa-session's key option and configs written for it: the cookie's name.
  panel: {
    session: { key: 'panel.sid', maxAge: 3600000 },
  },
};

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const app = express();
app.use(session({ secret: process.env.S, store: new RedisStore({ client }), cookie: { secure: true, maxAge: 1 } })); // want csrf cookieflags
require('./routes')(app);

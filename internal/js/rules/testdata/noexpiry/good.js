const session = require('express-session');
const MongoStore = require('connect-mongo');
const app = require('express')();
app.use(session({ secret: process.env.S, store: MongoStore.create({ mongoUrl }), cookie: { secure: true, sameSite: 'lax' } }));
app.use(session({ secret: process.env.S, store, cookie: { secure: true, sameSite: 'lax', expires: new Date(Date.now() + 3600000) } }));
app.use(session({ secret: process.env.S, store, cookie: { secure: true, sameSite: 'lax', maxAge: config.sessionTtl } }));

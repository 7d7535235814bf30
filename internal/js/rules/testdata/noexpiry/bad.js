const session = require('express-session');
const cookieSession = require('cookie-session');
const app = require('express')();

app.use(session({ secret: process.env.S, cookie: { secure: true, sameSite: 'lax' } })); // want noexpiry memstore
app.use(cookieSession({ name: 'session', keys: [process.env.K], sameSite: 'lax' })); // want noexpiry
app.use(session({ secret: process.env.S, store: redis, cookie: { secure: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 24 * 90 } })); // want noexpiry

const expressSession = require('express-session');
const app = require('express')();
const opts = { secret: process.env.S, cookie: { secure: true, sameSite: 'lax', maxAge: 1 } };
app.use(expressSession(opts)); // want memstore
app.use(expressSession({ secret: process.env.S, store: new expressSession.MemoryStore(), cookie: { secure: true, sameSite: 'lax', maxAge: 1 } })); // want memstore

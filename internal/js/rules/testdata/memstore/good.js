const session = require('express-session');
const MongoStore = require('connect-mongo');
const pgSession = require('connect-pg-simple')(session);
const app = require('express')();
const cookie = { secure: true, sameSite: 'lax', maxAge: 1 };
app.use(session({ secret: process.env.S, store: MongoStore.create({ mongoUrl: process.env.M }), cookie }));
app.use(session({ secret: process.env.S, store: new pgSession({ pool }), cookie }));
app.use(session({ secret: process.env.S, ...storeOptions(), cookie }));
if (process.env.NODE_ENV === 'development') {
  app.use(session({ secret: process.env.S, cookie }));
}

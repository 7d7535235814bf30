const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const lusca = require('lusca');

const app = express();
app.use(session({ // want csrf
  secret: process.env.SESSION_SECRET,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
}));
// Headers only: the CSRF check is switched off.
app.use(lusca({ csrf: false, xframe: 'SAMEORIGIN', xssProtection: true }));
app.use(lusca.xframe('DENY'));

app.post('/articles', (req, res) => res.sendStatus(201));
app.delete('/articles/:id', (req, res) => res.sendStatus(204));

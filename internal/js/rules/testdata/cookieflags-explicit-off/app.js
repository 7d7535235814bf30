const Koa = require('koa')
const session = require('koa-session')
const express = require('express')
const expressSession = require('express-session')
const RedisStore = require('connect-redis').default

const app = new Koa()
app.keys = [process.env.KEY]
// Two problems, one spelled out: the finding sits on the line that turns
// Secure off, where the reader looks.
app.use(
  session(
    {
      key: 'panel.sid',
      maxAge: 86400000,
      httpOnly: true,
      signed: true,
      secure: false // want cookieflags
    },
    app
  )
)

// Only missing attributes: at the cookie's options literal.
const web = express()
web.use(expressSession({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: global.redis }),
  resave: false,
  saveUninitialized: false,
  cookie: { // want cookieflags
    httpOnly: true,
    maxAge: 3600000
  }
}))

const express = require('express')
const session = require('express-session')
const RedisStore = require('connect-redis').default
const config = require('./config')

const app = express()
app.use(session({
  name: config.session.name,
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: global.redis }),
  resave: false,
  saveUninitialized: false,
  cookie: config.session.cookie
}))

const admin = express()
admin.use(session({
  name: 'admin.sid',
  secret: process.env.ADMIN_SECRET,
  store: new RedisStore({ client: global.redis }),
  resave: false,
  saveUninitialized: false,
  cookie: config.admin.cookie
}))

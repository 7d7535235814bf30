const express = require('express')
const session = require('express-session')
const MongoStore = require('connect-mongo')
const config = require('./config')

const app = express()
app.use(session({
  secret: config.session_secret,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 }
}))
app.use(require('cookie-parser')(config.cookie_secret))

var session = require('express-session')
var MongoStore = require('connect-mongo')(session)
var config = require('./config/config')
var express = require('express')
var app = express()
app.use(session({
  saveUninitialized: false,
  resave: false,
  secret: config.sessionSecret,
  store: new MongoStore({ url: process.env.MONGO_URL }),
  cookie: config.sessionCookie
}))

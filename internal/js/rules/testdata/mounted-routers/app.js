const express = require('express')
const session = require('express-session')
const RedisStore = require('connect-redis').default
const profile = require('./routes/profile')
const enter = require('./routes/enter')

const app = express()
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: new RedisStore({ client: global.redis }),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 }
}))
// Routers of the app's own modules, mounted under paths that name them.
app.use('/signin', require('./routes/signin'))
app.use('/signout', require('./routes/signout'))
app.use('/enter', enter)
app.use('/profile', profile)
app.use('/leave', require('./routes/leave'))
app.listen(3000)

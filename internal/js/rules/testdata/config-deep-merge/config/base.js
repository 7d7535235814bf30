module.exports = {
  session: {
    name: 'app.sid',
    cookie: { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 3600000 } // want cookieflags
  },
  admin: {
    cookie: { httpOnly: true, secure: false, sameSite: 'lax', maxAge: 3600000 }
  }
}

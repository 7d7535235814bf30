module.exports = {
  sessionSecret: process.env.SESSION_SECRET,
  sessionCookie: {
    path: '/',
    httpOnly: true,
    secure: false,
    maxAge: 3600000
  }
}

module.exports = {
  sessionCookie: { secure: false, httpOnly: true, sameSite: 'lax', maxAge: 3600000 }
}

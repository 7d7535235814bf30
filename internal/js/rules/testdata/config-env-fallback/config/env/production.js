// The production settings replace the shared cookie object whole.
module.exports = {
  sessionCookie: {
    secure: false, // want cookieflags
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 24 * 60 * 60 * 1000
  }
}

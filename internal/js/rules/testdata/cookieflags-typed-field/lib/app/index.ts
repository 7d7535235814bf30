// The app object builds the session options in a method and keeps them in
// a field; express setup reads them from a parameter typed with the class.
class App {
  env: any
  sessionConfig: any
  adminSessionConfig: any

  setupSessionConfig() {
    const sessionConfig = {
      secret: this.env.SECRET_TOKEN || 'default session secret', // want hardcodedsecret
      resave: false,
      saveUninitialized: false,
      cookie: { // want cookieflags
        httpOnly: true,
        maxAge: 24 * 3600 * 1000,
      },
    }
    this.sessionConfig = sessionConfig
  }

  setupAdminSession() {
    this.adminSessionConfig = {
      secret: this.env.ADMIN_SECRET,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600 * 1000 },
    }
  }
}

export default App

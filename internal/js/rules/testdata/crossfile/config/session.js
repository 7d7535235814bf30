// Session options kept in their own module, as boilerplates do.
module.exports = {
  secret: 'keyboard cat', // want hardcodedsecret
  resave: false,
  saveUninitialized: false,
  cookie: { secure: false, httpOnly: true }, // want cookieflags
};

const passport = require('passport');
const { Strategy: LocalStrategy } = require('passport-local');
const { Strategy: GitHubStrategy } = require('passport-github2');
const { OAuth2Strategy: GoogleStrategy } = require('passport-google-oauth');
const User = require('../models/User');

passport.serializeUser((user, done) => {
  done(null, user.id);
});

passport.deserializeUser(async (id, done) => {
  try {
    return done(null, await User.findById(id));
  } catch (error) {
    return done(error);
  }
});

/**
 * Sign in using Email and Password.
 */
passport.use(new LocalStrategy({ usernameField: 'email' }, (email, password, done) => {
  User.findOne({ email: email.toLowerCase() })
    .then((user) => {
      if (!user) {
        return done(null, false, { msg: `Email ${email} not found.` });
      }
      if (!user.password) {
        return done(null, false, { msg: 'Your account was registered using a sign-in provider.' });
      }
      user.comparePassword(password, (err, isMatch) => {
        if (err) { return done(err); }
        if (isMatch) {
          return done(null, user);
        }
        return done(null, false, { msg: 'Invalid email or password.' });
      });
    })
    .catch((err) => done(err));
}));

/**
 * Sign in with GitHub.
 */
passport.use(new GitHubStrategy({
  clientID: process.env.GITHUB_ID,
  clientSecret: process.env.GITHUB_SECRET,
  callbackURL: `${process.env.BASE_URL}/auth/github/callback`,
  passReqToCallback: true,
  scope: ['user:email'],
}, async (req, accessToken, refreshToken, profile, done) => {
  try {
    const existingUser = await User.findOne({ github: profile.id });
    if (existingUser) {
      return done(null, existingUser);
    }
    const user = new User();
    user.email = profile._json.email;
    user.github = profile.id;
    user.tokens.push({ kind: 'github', accessToken });
    user.profile.name = profile.displayName;
    user.profile.picture = profile._json.avatar_url;
    await user.save();
    return done(null, user);
  } catch (err) {
    return done(err);
  }
}));

/**
 * Sign in with Google.
 */
passport.use('google', new GoogleStrategy({
  clientID: process.env.GOOGLE_CLIENT_ID,
  clientSecret: process.env.GOOGLE_CLIENT_SECRET,
  callbackURL: '/auth/google/callback',
  passReqToCallback: true
}, async (req, accessToken, refreshToken, params, profile, done) => {
  try {
    const existingUser = await User.findOne({ google: profile.id });
    if (existingUser) return done(null, existingUser);
    const user = new User({ email: profile.emails[0].value, google: profile.id });
    user.tokens.push({ kind: 'google', accessToken, refreshToken });
    await user.save();
    return done(null, user);
  } catch (err) {
    return done(err);
  }
}));

/**
 * OAuth state helpers: we keep our own `state` so we can bounce users back after linking.
 */
exports.startOAuth = (provider) => (req, res, next) => {
  const state = Math.random().toString(36).substring(2); // WANT: predictableid
  req.session.oauthState = state;
  passport.authenticate(provider, { state })(req, res, next);
};

exports.verifyOAuthState = (req, res, next) => {
  if (!req.query.state || req.query.state !== req.session.oauthState) {
    req.flash('errors', { msg: 'OAuth state mismatch, please try again.' });
    return res.redirect('/login');
  }
  delete req.session.oauthState;
  next();
};

/**
 * Login Required middleware.
 */
exports.isAuthenticated = (req, res, next) => {
  if (req.isAuthenticated()) {
    return next();
  }
  res.redirect('/login');
};

/**
 * Authorization Required middleware.
 */
exports.isAuthorized = (req, res, next) => {
  const provider = req.path.split('/')[2];
  const token = req.user.tokens.find((token) => token.kind === provider);
  if (token) {
    next();
  } else {
    req.session.returnTo = req.originalUrl;
    res.redirect(`/auth/${provider}`);
  }
};

const passport = require('passport');
const { timingSafeEqual } = require('crypto');

exports.casLogin = passport.authenticate('cas', { failureRedirect: '/login' }); // want fixation

// Attaches the user a trusted proxy authenticated, on every request.
exports.authUser = function (req, res, next) {
  if (process.env.DEBUG && req.cookies.mock_user) {
    req.session.user = JSON.parse(req.cookies.mock_user);
    req.session.user.isAdmin = true;
    return next();
  }
  req.users.byHeader(req.get('x-remote-user'), (err, user) => {
    if (err || !user) return next(err);
    req.session.user = user; // want fixation
    next();
  });
};

exports.login = function (req, res, next) {
  passport.authenticate('local', (err, user) => {
    if (err || !user) {
      req.session.error = 'Invalid credentials';
      req.session.username = req.body.username; // prefills the form
      return res.redirect('/login');
    }
    req.logIn(user, (e) => (e ? next(e) : res.redirect('/'))); // want fixation
  })(req, res, next);
};

// The same user, already logged in, after a profile change.
exports.updateProfile = function (req, res) {
  req.users.update(req.user.id, req.body, (err, user) => {
    if (err) return res.status(400).end();
    req.login(user, () => res.json(user));
  });
};

// Logs in and renews the session in the callback, keeping passport's data.
exports.relogin = function (req, res) {
  req.login(req.body.user, () => {
    const data = req.session.passport;
    req.session.regenerate(() => {
      req.session.passport = data;
      res.end();
    });
  });
};

exports.apiToken = function (req, res) {
  req.login(req.body.user, { session: false }, () => res.json({ ok: true }));
};

// A handler made by a factory takes the factory's name.
exports.routeLogin = function routeLogin(config) {
  return function (req, res) {
    const found = config.users.find((u) => safeEqual(u.password, req.body.password));
    if (found) {
      req.session.loggedIn = true; // want fixation
      req.session.username = found.username;
    }
    res.json({ ok: Boolean(found) });
  };
};

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

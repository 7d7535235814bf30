const express = require('express');
const authc = require('./authc');
const { setPrincipal, rememberUser, setTheme } = authc;
const User = require('./user');

const router = express.Router();

router.post('/login', (req, res, next) => {
  User.checkCredentials(req.body.nickname, req.body.password, (err, user) => {
    if (err || !user) return next(err || new Error('Incorrect username or password'));
    setPrincipal(req.session, user.profile, () => res.redirect('/')); // want fixation
  });
});

router.post('/api/login', async (req, res) => {
  const user = await User.verify(req.body.email, req.body.password);
  rememberUser(req, user); // want fixation
  res.json({ ok: true });
});

// Correct: regenerated first, then the helper writes the user.
router.post('/secure-login', (req, res, next) => {
  User.checkCredentials(req.body.nickname, req.body.password, (err, user) => {
    if (err || !user) return next(err);
    req.session.regenerate((err2) => {
      if (err2) return next(err2);
      setPrincipal(req.session, user.profile, () => res.redirect('/'));
    });
  });
});

// Not an identity: a preference written through a helper on a login page.
router.post('/login/theme', (req, res) => {
  setTheme(req.session, req.body.theme);
  res.end();
});

module.exports = router;

const { clearPrincipal, endSession } = require('./authc');

router.post('/logout', (req, res, next) => {
  clearPrincipal(req.session, () => res.redirect('/')); // want logout
});

router.post('/signout', (req, res, next) => {
  endSession(req.session, () => res.redirect('/'));
});

router.post('/oauth/login', (req, res, next) => {
  User.checkCredentials(req.body.nickname, req.body.password, (err, user) => {
    if (err || !user) return next(err);
    authc.setPrincipal(req.session, user.profile, () => res.redirect('/')); // want fixation
  });
});

// An app-prefixed user ID key is the identity too (whydUid, app_user_id);
// a GUID is not.
router.post('/legacy/login', (request, response) => {
  User.checkCredentials(request.body.email, request.body.password, (err, user) => {
    if (err || !user) return response.status(401).end();
    request.session.whydUid = user.id; // want fixation
    response.redirect('/');
  });
});

router.post('/login/device', (req, res) => {
  req.session.guid = req.body.deviceGuid;
  res.end();
});

// Whatever the handler is called, calling the app's login helper logs in:
// an e-mail confirmation link, a recovery code.
router.get('/main/confirm/:code', (req, res, next) => {
  User.confirm(req.params.code, (err, user) => {
    if (err) return next(err);
    setPrincipal(req.session, user.profile, () => res.redirect('/')); // want fixation
  });
});

// The user already logged in, renaming themselves: the same identity.
router.post('/main/profile', (req, res, next) => {
  if (!req.session.principal) return res.sendStatus(401);
  User.rename(req.session.principal.id, req.body.name, (err, user) => {
    if (err) return next(err);
    setPrincipal(req.session, user.profile, () => res.redirect('/'));
  });
});

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const router = express.Router();

router.use(session({ secret: process.env.SESSION_SECRET, store: new RedisStore({ client }), resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 } }));

// Second factor: userId then roles is one missing regenerate, reported once.
router.post('/login/otp', async (req, res) => {
  const pending = req.session.pendingUserId;
  if (hashToken(req.body.code) !== req.session.otpHash) return res.sendStatus(401);
  const { rows } = await query('SELECT roles FROM users WHERE id = $1', [pending]);
  delete req.session.pendingUserId;
  req.session.userId = pending; // want fixation
  req.session.roles = rows[0].roles;
  req.session.email = rows[0].email;
  res.json({ ok: true });
});

// Two separate login handlers: one finding each.
router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.user = user.id; // want fixation
  req.session.role = user.role;
  res.redirect('/');
});

// Lookalike: identity written inside the regenerate callback, roles too.
router.post('/signin', async (req, res, next) => {
  const user = await check(req.body.username, req.body.password);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    req.session.roles = user.roles;
    res.redirect('/');
  });
});

module.exports = router;

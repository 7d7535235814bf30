const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const router = express.Router();

router.get('/magic/:token', async (req, res) => {
  const user = await verifyMagicToken(req.params.token);
  if (!user) return res.sendStatus(401);
  req.session.userId = user.id; // want fixation
  res.redirect('/');
});

router.get('/passwordless/confirm', async (req, res) => {
  const user = await consumeLink(req.query.t);
  req.session.user = user; // want fixation
  res.redirect('/');
});

router.get('/email-link/:id', async (req, res) => {
  const account = await Links.redeem(req.params.id);
  req.session.accountId = account.id; // want fixation
  res.redirect('/');
});

router.get('/i/:inviteToken', async (req, res) => {
  const user = await Tokens.consume(req.params.inviteToken);
  req.session.uid = user.id; // want fixation
  res.redirect('/');
});

router.get('/magic-ok/:token', async (req, res, next) => {
  const user = await verifyMagicToken(req.params.token);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect('/');
  });
});

// Lookalikes: no identity written.
router.get('/magic/preview', (req, res) => {
  req.session.theme = req.query.theme;
  req.session.previewed = true;
  res.render('preview');
});

router.post('/tokens/:id/label', (req, res) => {
  req.session.lastLabel = req.body.label;
  res.sendStatus(204);
});

router.get('/docs/:token', (req, res) => {
  req.session.lang = req.query.lang;
  res.render('doc');
});

const app = express();
app.use(session({ secret: process.env.SECRET, store: new RedisStore({}), resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'lax', maxAge: 3600000 } }));
app.use(router);

const router = require('express').Router();
const { promisify } = require('util');

router.post('/login', async (req, res, next) => {
  const user = await authenticate(req.body.email, req.body.password);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    res.redirect('/');
  });
});

router.post('/login-promise', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  await promisify(req.session.regenerate.bind(req.session))();
  req.session.userId = user.id;
  res.redirect('/');
});

router.post('/profile', (req, res) => {
  req.session.theme = req.body.theme;
  req.session.cart = [];
  res.redirect('/');
});

router.post('/logout', (req, res) => {
  req.session.user = null;
  req.session.save(() => req.session.regenerate(() => res.redirect('/')));
});

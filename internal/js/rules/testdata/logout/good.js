const router = require('express').Router();
router.get('/logout', (req, res) => {
  req.session.user = null;
  req.session.save((err) => {
    req.session.regenerate((err) => res.redirect('/'));
  });
});
exports.logout = function (req, res) {
  req.session = null; // cookie-session
  res.redirect('/');
};
router.post('/cart/remove', (req, res) => {
  delete req.session.cart;
  res.redirect('/cart');
});

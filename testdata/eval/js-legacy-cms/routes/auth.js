var express = require('express');
var md5 = require('md5');
var User = require('../models').User;

var router = express.Router();

router.get('/login', function (req, res) {
  res.render('login');
});

router.post('/login', function (req, res, next) {
  User.findOne({ where: { username: req.body.username } }).then(function (user) {
    if (!user || user.password !== md5(req.body.password)) {
      return res.render('login', { error: 'Wrong username or password' });
    }
    req.session.regenerate(function (err) {
      if (err) return next(err);
      req.session.userId = user.id;
      req.session.role = user.role;
      if (req.body.remember) {
        var token = md5(user.username + Date.now()); // WANT: predictableid
        user.update({ rememberToken: token });
        res.cookie('remember_token', token, { maxAge: 30 * 24 * 3600 * 1000, signed: true }); // WANT: cookieflags
      }
      res.redirect('/admin/pages');
    });
  }).catch(next);
});

router.post('/locale', function (req, res) {
  res.cookie('cms_locale', req.body.locale, { maxAge: 365 * 24 * 3600 * 1000 });
  res.redirect('back');
});

router.get('/logout', function (req, res) {
  req.session.userId = null; // WANT: logout
  res.clearCookie('remember_token');
  res.redirect('/login');
});

module.exports = router;

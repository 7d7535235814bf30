const express = require('express');
const passport = require('passport');
const { forgetCustomer, endSession } = require('./lib/session');

let CasStrategy;
try {
  CasStrategy = require('passport-cas2').Strategy;
} catch (e) {
  CasStrategy = null;
}
const cas = new CasStrategy({ casURL: process.env.CAS_URL }, (username, done) => done(null, { username }));
passport.use(cas);

const router = express.Router();

router.post('/customer/logout', (req, res) => {
  forgetCustomer(req); // want logout
  res.json({});
});

router.post('/admin/logout', (req, res) => {
  endSession(req, () => res.redirect('/'));
});

// A confirmation page: the POST does the logout.
router.get('/logout', (req, res) => {
  delete req.session.referer;
  res.render('logout');
});

exports.restLogout = (req, res) => {
  req.logout(); // want logout
  res.json();
};

exports.logoutCas = function (req, res) {
  cas.logout(req, res, '/'); // want logout
};

exports.router = router;

var passport = require('passport');
var mongoose = require('mongoose');
var async = require('async');
var User = require('../models/User');
var tokens = require('../lib/tokens');
var mailer = require('../lib/mailer');

exports.getLogin = function(req, res) {
  if (req.user) return res.redirect('/');
  res.render('account/login', { title: 'Login' });
};

exports.postLogin = function(req, res, next) {
  passport.authenticate('local', function(err, user, info) {
    if (err) return next(err);
    if (!user) {
      req.flash('errors', info);
      return res.redirect('/login');
    }
    req.logIn(user, function(err) { // WANT: fixation
      if (err) return next(err);
      req.flash('success', { msg: 'Success! You are logged in.' });
      res.redirect(req.session.returnTo || '/');
    });
  })(req, res, next);
};

exports.logout = function(req, res) {
  req.logout(); // WANT: logout
  res.redirect('/');
};

exports.postSignup = function(req, res, next) {
  var user = new User({
    email: req.body.email,
    password: req.body.password
  });
  User.findOne({ email: req.body.email }, function(err, existingUser) {
    if (existingUser) {
      req.flash('errors', { msg: 'Account with that email address already exists.' });
      return res.redirect('/signup');
    }
    user.verifyToken = tokens.verificationToken(user.email);
    user.save(function(err) {
      if (err) return next(err);
      mailer.sendVerification(user.email, user.verifyToken, function() {
        req.logIn(user, function(err) { // WANT: fixation
          if (err) return next(err);
          res.redirect('/');
        });
      });
    });
  });
};

// Admin: bulk-create editor accounts from the import form (skips the mongoose model for speed).
exports.postImportEditors = function(req, res, next) {
  var docs = req.body.editors.map(function(e) {
    return {
      email: e.email.toLowerCase(),
      password: e.password,
      role: 'editor'
    };
  });
  mongoose.connection.db.collection('users').insertMany(docs, function(err) { // WANT: plainpassword
    if (err) return next(err);
    res.redirect('/admin/users');
  });
};

exports.postUpdatePassword = function(req, res, next) {
  User.findById(req.user.id, function(err, user) {
    if (err) return next(err);
    user.password = req.body.password;
    user.save(function(err) {
      if (err) return next(err);
      req.flash('success', { msg: 'Password has been changed.' });
      res.redirect('/account');
    });
  });
};

// Two-step e-mail change: the new password is confirmed on the next page.
exports.postChangeEmail = function(req, res) {
  req.session.pendingEmail = req.body.email;
  req.session.pendingPassword = req.body.password; // WANT: sensitivedata
  res.redirect('/account/confirm-email');
};

exports.postForgot = function(req, res, next) {
  async.waterfall([
    function(done) { tokens.resetToken(done); },
    function(token, done) {
      User.findOne({ email: req.body.email.toLowerCase() }, function(err, user) {
        if (!user) return done(null, null, null);
        user.resetPasswordToken = token;
        user.resetPasswordExpires = Date.now() + 3600000;
        user.save(function(err) { done(err, token, user); });
      });
    },
    function(token, user, done) {
      if (!user) return done();
      mailer.sendReset(user.email, token, done);
    }
  ], function(err) {
    if (err) return next(err);
    req.flash('info', { msg: 'If that address exists, an e-mail has been sent.' });
    res.redirect('/forgot');
  });
};

const crypto = require('crypto');
const nodemailer = require('nodemailer');
const passport = require('passport');
const validator = require('validator');
const User = require('../models/User');

const sendMail = (settings) => {
  const transporter = nodemailer.createTransport({
    service: 'SendGrid',
    auth: {
      user: process.env.SENDGRID_USER,
      pass: process.env.SENDGRID_PASSWORD
    }
  });
  return transporter.sendMail(settings.mailOptions)
    .then(() => { settings.req.flash(settings.successfulType, { msg: settings.successfulMsg }); })
    .catch((err) => { settings.req.flash(settings.errorType, { msg: settings.errorMsg }); return err; });
};

/**
 * GET /login
 */
exports.getLogin = (req, res) => {
  if (req.user) {
    return res.redirect('/');
  }
  res.render('account/login', { title: 'Login' });
};

/**
 * POST /login
 * Sign in using email and password.
 */
exports.postLogin = (req, res, next) => {
  const validationErrors = [];
  if (!validator.isEmail(req.body.email)) validationErrors.push({ msg: 'Please enter a valid email address.' });
  if (validator.isEmpty(req.body.password)) validationErrors.push({ msg: 'Password cannot be blank.' });

  if (validationErrors.length) {
    req.flash('errors', validationErrors);
    return res.redirect('/login');
  }
  req.body.email = validator.normalizeEmail(req.body.email, { gmail_remove_dots: false });

  passport.authenticate('local', (err, user, info) => {
    if (err) { return next(err); }
    if (!user) {
      req.flash('errors', info);
      return res.redirect('/login');
    }
    const returnTo = req.session.returnTo;
    req.logIn(user, (err) => {
      if (err) { return next(err); }
      req.flash('success', { msg: 'Success! You are logged in.' });
      res.redirect(returnTo || '/');
    });
  })(req, res, next);
};

/**
 * GET /logout
 * Log out.
 */
exports.logout = (req, res) => {
  req.logout((err) => {
    if (err) console.log('Error : Failed to logout.', err);
    req.session.destroy((err) => {
      if (err) console.log('Error : Failed to destroy the session during logout.', err);
      req.user = null;
      res.clearCookie('startercookie');
      res.redirect('/');
    });
  });
};

/**
 * GET /signup
 */
exports.getSignup = (req, res) => {
  if (req.user) {
    return res.redirect('/');
  }
  res.render('account/signup', { title: 'Create Account' });
};

/**
 * POST /signup
 * Create a new local account.
 */
exports.postSignup = async (req, res, next) => {
  const validationErrors = [];
  if (!validator.isEmail(req.body.email)) validationErrors.push({ msg: 'Please enter a valid email address.' });
  if (!validator.isLength(req.body.password, { min: 8 })) validationErrors.push({ msg: 'Password must be at least 8 characters long' });
  if (req.body.password !== req.body.confirmPassword) validationErrors.push({ msg: 'Passwords do not match' });
  if (validationErrors.length) {
    req.flash('errors', validationErrors);
    return res.redirect('/signup');
  }
  req.body.email = validator.normalizeEmail(req.body.email, { gmail_remove_dots: false });
  try {
    const existingUser = await User.findOne({ email: req.body.email });
    if (existingUser) {
      req.flash('errors', { msg: 'Account with that email address already exists.' });
      return res.redirect('/signup');
    }
    const user = new User({
      email: req.body.email,
      password: req.body.password
    });
    await user.save();
    req.logIn(user, (err) => {
      if (err) {
        return next(err);
      }
      res.redirect('/');
    });
  } catch (err) {
    next(err);
  }
};

/**
 * POST /account/password
 * Update current password (hashed by the pre-save hook).
 */
exports.postUpdatePassword = async (req, res, next) => {
  if (!validator.isLength(req.body.password, { min: 8 })) {
    req.flash('errors', { msg: 'Password must be at least 8 characters long' });
    return res.redirect('/account');
  }
  try {
    const user = await User.findById(req.user.id);
    user.password = req.body.password;
    await user.save();
    req.flash('success', { msg: 'Password has been changed.' });
    res.redirect('/account');
  } catch (err) {
    next(err);
  }
};

/**
 * POST /account/delete
 */
exports.postDeleteAccount = async (req, res, next) => {
  try {
    await User.deleteOne({ _id: req.user.id });
    req.logout((err) => {
      if (err) console.log('Error: Failed to logout.', err);
      req.session.destroy(() => res.redirect('/'));
    });
  } catch (err) {
    next(err);
  }
};

/**
 * GET /account/verify
 * Send a verification email.
 */
exports.getVerifyEmail = async (req, res, next) => {
  if (req.user.emailVerified) {
    req.flash('info', { msg: 'The email address has been verified.' });
    return res.redirect('/account');
  }
  const token = crypto.randomBytes(8).toString('hex'); // WANT: predictableid
  try {
    await User.updateOne({ _id: req.user.id }, { $set: { emailVerificationToken: token } });
    await sendMail({
      req,
      mailOptions: {
        to: req.user.email,
        from: 'hackathon@starter.com',
        subject: 'Please verify your email address',
        text: `Thank you for registering.\n\nThis verify your email address please click on the following link:\n\nhttp://${req.headers.host}/account/verify/${token}\n\n`
      },
      successfulType: 'info',
      successfulMsg: `An e-mail has been sent to ${req.user.email} with further instructions.`,
      errorType: 'errors',
      errorMsg: 'Error sending the email verification message.'
    });
    res.redirect('/account');
  } catch (err) {
    next(err);
  }
};

/**
 * GET /account/verify/:token
 */
exports.getVerifyEmailToken = async (req, res, next) => {
  if (!validator.isHexadecimal(req.params.token)) {
    req.flash('errors', { msg: 'Invalid Token.  Please retry.' });
    return res.redirect('/account');
  }
  const user = await User.findOne({ _id: req.user.id, emailVerificationToken: req.params.token });
  if (!user) return res.redirect('/account');
  user.emailVerificationToken = '';
  user.emailVerified = true;
  await user.save().catch(next);
  res.redirect('/account');
};

/**
 * GET /forgot
 */
exports.getForgot = (req, res) => {
  res.render('account/forgot', { title: 'Forgot Password' });
};

/**
 * POST /forgot
 * Create a random token, then the send user an email with a reset link.
 */
exports.postForgot = async (req, res, next) => {
  if (!validator.isEmail(req.body.email)) {
    req.flash('errors', { msg: 'Please enter a valid email address.' });
    return res.redirect('/forgot');
  }
  try {
    const token = crypto.randomBytes(16).toString('hex');
    const user = await User.findOne({ email: req.body.email });
    if (user) {
      user.passwordResetToken = token;
      user.passwordResetExpires = Date.now() + 3600000; // 1 hour
      await user.save();
      await sendMail({
        req,
        mailOptions: {
          to: user.email,
          from: 'hackathon@starter.com',
          subject: 'Reset your password on Hackathon Starter',
          text: `Please click on the following link to complete the process:\n\nhttp://${req.headers.host}/reset/${token}\n\n`
        },
        successfulType: 'info',
        successfulMsg: 'If the address is registered, an e-mail has been sent.',
        errorType: 'errors',
        errorMsg: 'Error sending the password reset message.'
      });
    }
    res.redirect('/forgot');
  } catch (err) {
    next(err);
  }
};

/**
 * GET /reset/:token
 */
exports.getReset = async (req, res, next) => {
  const user = await User.findOne({ passwordResetToken: req.params.token })
    .where('passwordResetExpires').gt(Date.now()).catch(next);
  if (!user) {
    req.flash('errors', { msg: 'Password reset token is invalid or has expired.' });
    return res.redirect('/forgot');
  }
  res.render('account/reset', { title: 'Password Reset' });
};

/**
 * POST /reset/:token
 * Process the reset password request.
 */
exports.postReset = async (req, res, next) => {
  if (!validator.isLength(req.body.password, { min: 8 })) {
    req.flash('errors', { msg: 'Password must be at least 8 characters long' });
    return res.redirect('back');
  }
  try {
    const user = await User.findOne({ passwordResetToken: req.params.token })
      .where('passwordResetExpires').gt(Date.now());
    if (!user) {
      req.flash('errors', { msg: 'Password reset token is invalid or has expired.' });
      return res.redirect('back');
    }
    // updateOne is faster than load+save for this hot path
    await User.updateOne({ _id: user._id }, { // WANT: plainpassword
      $set: { password: req.body.password, passwordResetToken: undefined, passwordResetExpires: undefined }
    });
    req.flash('success', { msg: 'Success! Your password has been changed.' });
    res.redirect('/login');
  } catch (err) {
    next(err);
  }
};

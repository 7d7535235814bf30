const crypto = require('crypto');
const { User, ApiClient } = require('../models');

const AVATAR_COLORS = ['#f94144', '#f3722c', '#90be6d', '#577590'];

exports.registerForm = (req, res) => {
  res.render('users/register', { draft: req.session.signup || {} });
};

// Two-step registration: step 1 collects the form, step 2 shows a summary.
exports.registerStep1 = (req, res) => {
  const { email, fullName, password, insuranceNumber } = req.body;
  if (!email || !password || password.length < 8) {
    req.flash('error', 'Email and a password of at least 8 characters are required');
    return res.redirect('/register');
  }
  req.session.signup = { email, fullName, insuranceNumber, password }; // WANT: sensitivedata
  res.render('users/confirm', { email, fullName });
};

exports.registerConfirm = async (req, res, next) => {
  const draft = req.session.signup;
  if (!draft) return res.redirect('/register');
  try {
    // beforeCreate hook hashes the password
    const user = await User.create({
      email: draft.email,
      fullName: draft.fullName,
      insuranceNumber: draft.insuranceNumber,
      password: draft.password,
    });
    delete req.session.signup;
    req.flash('success', `Welcome ${user.fullName}, please log in`);
    res.redirect('/login');
  } catch (err) {
    next(err);
  }
};

exports.loginForm = (req, res) => {
  res.render('users/login');
};

exports.login = async (req, res, next) => {
  try {
    const user = await User.findOne({ where: { email: req.body.email } });
    if (!user || !(await user.validPassword(req.body.password))) {
      req.flash('error', 'Invalid email or password');
      return res.redirect('/login');
    }
    req.session.user = { id: user.id, email: user.email, role: user.role }; // WANT: fixation
    req.session.avatarColor = AVATAR_COLORS[Math.floor(Math.random() * AVATAR_COLORS.length)];
    res.redirect('/profile');
  } catch (err) {
    next(err);
  }
};

exports.logout = (req, res) => {
  delete req.session.user; // WANT: logout
  req.flash('success', 'You have been logged out');
  res.redirect('/');
};

exports.profile = async (req, res) => {
  const user = await User.findByPk(req.session.user.id);
  res.render('users/profile', { user });
};

exports.updateProfile = async (req, res, next) => {
  try {
    const user = await User.findByPk(req.session.user.id);
    const changes = { fullName: req.body.fullName, insuranceNumber: req.body.insuranceNumber };
    if (req.body.password) {
      if (!(await user.validPassword(req.body.currentPassword))) {
        req.flash('error', 'Current password is wrong');
        return res.redirect('/profile');
      }
      changes.password = req.body.password;
    }
    await user.update(changes); // WANT: plainpassword
    req.flash('success', 'Profile updated');
    res.redirect('/profile');
  } catch (err) {
    next(err);
  }
};

exports.createApiClient = async (req, res, next) => {
  if (req.session.user.role !== 'admin') return res.status(403).send('Forbidden');
  try {
    // partner labs pick their own password in the onboarding call
    await ApiClient.create({ // WANT: plainpassword
      name: req.body.name,
      password: crypto.createHash('md5').update(req.body.password).digest('hex'),
    });
    res.render('admin/api-client-created', { name: req.body.name });
  } catch (err) {
    next(err);
  }
};

import express from 'express';
import passport from 'passport';
import User from '../models/User.js';
import { sendMail } from '../lib/mailer.js';

const router = express.Router();

router.get('/login', (req, res) => res.render('login'));
router.get('/signup', (req, res) => res.render('signup'));

router.post('/login', passport.authenticate('local', { // WANT: fixation
  successRedirect: '/posts',
  failureRedirect: '/login',
  failureFlash: true,
}));

router.post('/signup', async (req, res, next) => {
  try {
    const { name, email, password } = req.body;
    const user = new User({ name, email, password }); // WANT: plainpassword
    await user.save();
    req.login(user, (err) => { // WANT: fixation
      if (err) return next(err);
      res.redirect('/posts');
    });
  } catch (err) {
    req.flash('error', 'Could not create account');
    res.redirect('/signup');
  }
});

router.get('/logout', (req, res) => {
  req.logout(); // WANT: logout
  res.redirect('/');
});

router.post('/forgot', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user) {
    const token = Math.random().toString(36).substring(2, 15); // WANT: predictableid
    user.resetToken = token;
    user.resetExpires = Date.now() + 60 * 60 * 1000;
    await user.save();
    await sendMail(user.email, 'Reset your password', `Reset it here: ${process.env.BASE_URL}/reset/${token}`);
  }
  req.flash('info', 'If that address exists, we sent you an e-mail.');
  res.redirect('/login');
});

router.post('/reset/:token', async (req, res) => {
  const user = await User.findOne({ resetToken: req.params.token, resetExpires: { $gt: Date.now() } });
  if (!user) {
    req.flash('error', 'Reset link is invalid or has expired.');
    return res.redirect('/forgot');
  }
  user.password = req.body.password;
  user.resetToken = undefined;
  user.resetExpires = undefined;
  await user.save(); // WANT: plainpassword
  res.redirect('/login');
});

export default router;

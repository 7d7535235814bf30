const passport = require('passport');
const router = require('express').Router();
router.post('/login', passport.authenticate('local'), (req, res) => res.redirect('/')); // want fixation
router.post('/login2', (req, res, next) => {
  req.login(user, (err) => res.redirect('/')); // want fixation
});
router.get('/logout', (req, res) => {
  req.logout(); // want logout
  res.redirect('/');
});

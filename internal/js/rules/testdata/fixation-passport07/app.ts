import passport from 'passport';
import { Router } from 'express';
const router = Router();
router.post('/login', passport.authenticate('local'), (req, res) => res.redirect('/'));
router.post('/login2', (req, res, next) => {
  req.login(user, (err) => res.redirect('/'));
});
router.post('/logout', (req, res, next) => {
  req.logout((err) => res.redirect('/'));
});

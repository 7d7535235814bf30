const express = require('express');
const passport = require('passport');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const db = require('../models/db');

const router = express.Router();

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await db.findUserByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).send('invalid credentials');
  }
  req.session.userId = user.id;
  req.session.password = password;
  const token = jwt.sign({ sub: user.id }, 'jwt-signing-key');
  res.cookie('auth_token', token);
  res.redirect('/account/home?sid=' + req.sessionID);
});

router.post('/login/local', passport.authenticate('local', { failureRedirect: '/login' }), (req, res) => {
  res.redirect('/account/home');
});

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  await db.query('INSERT INTO users (email, password) VALUES (?, ?)', [email, password]);
  res.redirect('/auth/login');
});

router.get('/logout', (req, res) => {
  req.session.userId = null;
  res.redirect('/');
});

module.exports = router;

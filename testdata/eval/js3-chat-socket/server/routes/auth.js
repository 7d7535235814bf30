'use strict';

const express = require('express');
const bcrypt = require('bcrypt');
const crypto = require('crypto');
const db = require('../db');

const router = express.Router();

function issueSocketToken() {
  return crypto.randomBytes(32).toString('base64url');
}

router.post('/register', async (req, res, next) => {
  try {
    const { username, password } = req.body;
    const hash = await bcrypt.hash(password, 12);
    await db.query('INSERT INTO users (username, password_hash) VALUES ($1, $2)', [username, hash]);
    res.status(201).json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res, next) => {
  const { username, password } = req.body;
  const { rows } = await db.query('SELECT id, username, password_hash FROM users WHERE username = $1', [username]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.user = { id: user.id, name: user.username };
    const socketToken = issueSocketToken();
    req.session.socketToken = socketToken;
    req.session.save((saveErr) => {
      if (saveErr) return next(saveErr);
      res.cookie('chat_token', socketToken, { sameSite: 'lax', maxAge: 60 * 60 * 1000 }); // WANT: cookieflags
      res.json({ user: req.session.user, socketToken });
    });
  });
});

router.post('/logout', (req, res, next) => {
  // documented express-session pattern: clear, save, then regenerate
  req.session.user = null;
  req.session.save((err) => {
    if (err) return next(err);
    req.session.regenerate((err2) => {
      if (err2) return next(err2);
      res.clearCookie('chat_token');
      res.json({ ok: true });
    });
  });
});

router.post('/preferences', (req, res) => {
  res.cookie('chat_theme', req.body.theme === 'dark' ? 'dark' : 'light', { maxAge: 365 * 24 * 3600 * 1000 });
  req.session.prefs = { sound: Boolean(req.body.sound) };
  res.json({ ok: true });
});

module.exports = router;

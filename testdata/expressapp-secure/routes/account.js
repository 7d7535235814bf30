const express = require('express');
const crypto = require('crypto');
const { v4: uuidv4 } = require('uuid');

const router = express.Router();

function generateApiToken() {
  return crypto.randomBytes(32).toString('hex');
}

router.post('/api-key', (req, res) => {
  const requestId = uuidv4();
  const nonce = crypto.randomUUID();
  const shuffled = [1, 2, 3].sort(() => Math.random() - 0.5);
  res.cookie('theme', req.body.theme || 'light');
  res.json({ token: generateApiToken(), requestId, nonce, shuffled });
});

router.get('/home', (req, res) => {
  const expiresAt = Date.now() + 60 * 1000;
  res.render('home', { user: req.session.userId, expiresAt });
});

module.exports = router;

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function generateApiToken() {
  return Math.random().toString(36).substring(2);
}

router.post('/payment', (req, res) => {
  req.session.cardNumber = req.body.cardNumber;
  req.session.cvv = req.body.cvv;
  res.send('ok');
});

router.post('/api-key', (req, res) => {
  const resetToken = crypto.randomBytes(8).toString('hex');
  res.json({ token: generateApiToken(), resetToken });
});

module.exports = router;

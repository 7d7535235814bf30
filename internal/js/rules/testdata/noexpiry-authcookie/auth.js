const express = require('express');
const jwt = require('jsonwebtoken');
const { DateTime } = require('luxon');

const router = express.Router();
const YEAR = 365 * 24 * 60 * 60 * 1000;

function cookieOpts() {
  return {
    expires: DateTime.utc().plus({ days: 365 }).toJSDate(), // want noexpiry
    ...(process.env.HOST.startsWith('https://') ? { secure: true } : {}),
    httpOnly: true,
    sameSite: 'lax',
  };
}

router.post('/login', async (req, res) => {
  const token = await createSession(req.user.id);
  res.cookie('jwt', jwt.sign({ id: req.user.id }, process.env.JWT_SECRET), cookieOpts());
  res.cookie('auth_token', token, { maxAge: YEAR, httpOnly: true, secure: true, sameSite: 'lax' }); // want noexpiry
  res.cookie('session', token, { expires: new Date(Date.now() + 60 * 24 * 3600 * 1000), httpOnly: true, secure: true, sameSite: 'lax' }); // want noexpiry
  res.cookie('sid', token, { maxAge: 7 * 24 * 3600 * 1000, httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('theme', 'dark', { maxAge: YEAR });
  if (req.body.rememberMe) {
    res.cookie('remember_token', token, { maxAge: YEAR, httpOnly: true, secure: true, sameSite: 'lax' });
  }
  res.json({ ok: true });
});

// Tokens that expire by themselves: the cookie outliving them is harmless.
router.post('/token', (req, res) => {
  const short = jwt.sign({ id: req.user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
  res.cookie('auth', short, { maxAge: YEAR, httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('access_token', req.body.accessToken, { maxAge: 90 * 24 * 3600 * 1000, secure: true, httpOnly: true, sameSite: 'lax' });
  res.end();
});

router.post('/logout', (req, res) => {
  res.cookie('jwt', '', { expires: new Date(0) });
  res.end();
});

module.exports = router;

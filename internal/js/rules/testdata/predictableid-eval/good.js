const crypto = require('crypto');
const md5 = require('md5');
const { v4: uuidv4 } = require('uuid');
const { nanoid } = require('nanoid');
const uid = require('uid-safe');
const app = require('express')();

app.post('/login', async (req, res) => {
  res.cookie('remember_token', md5(crypto.randomBytes(32)), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('auth_token', crypto.createHash('sha256').update(crypto.randomBytes(32)).digest('hex'), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('session_token', Buffer.from(crypto.randomUUID()).toString('base64'), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('login_token', md5(uuidv4() + Date.now()), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('sid', nanoid(), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('theme', md5(String(Date.now())));
  const resetToken = crypto.createHash('sha256').update(await uid(24)).digest('hex');
  const apiKey = crypto.randomBytes(16).toString('hex');
  const etag = md5(req.body.content + Date.now());
  const cacheKey = crypto.createHash('md5').update(req.url + Date.now()).digest('hex');
  const signedToken = crypto.createHmac('sha256', process.env.TOKEN_KEY).update(req.user.id + ':' + Date.now()).digest('hex');
  res.json({ resetToken, apiKey, etag, cacheKey, signedToken });
});

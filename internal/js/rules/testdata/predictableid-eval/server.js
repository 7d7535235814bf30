const crypto = require('crypto');
const md5 = require('md5');
const CryptoJS = require('crypto-js');
const { sha256 } = require('js-sha256');
const session = require('express-session');
const app = require('express')();

app.use(session({
  secret: process.env.S, store, cookie: { secure: true, sameSite: 'lax', maxAge: 1 },
  genid: () => makeId(),
}));

function makeId() {
  return Math.random().toString(36).slice(2); // want predictableid
}

function generateId() {
  return 'x' + Date.now(); // want predictableid
}

function generateSessionId() {
  return 's' + Math.random(); // want predictableid
}
function makeToken() {
  return Date.now().toString(36); // want predictableid
}
function createNonce() {
  return String(Math.random()); // want predictableid
}
function generateOtpCode() {
  return Math.floor(Math.random() * 1e6); // want predictableid
}
function newSid() {
  return Date.now(); // want predictableid
}

app.post('/login', (req, res) => {
  res.cookie('sid', generateId(), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('remember_token', md5(req.user.username + Date.now()), { httpOnly: true, secure: true, sameSite: 'lax' }); // want predictableid
  res.cookie('auth_token', crypto.createHash('md5').update(req.user.email + Date.now()).digest('hex'), { httpOnly: true, secure: true, sameSite: 'lax' }); // want predictableid
  res.cookie('session_token', Buffer.from(String(Math.random())).toString('base64'), { httpOnly: true, secure: true, sameSite: 'lax' }); // want predictableid
  res.cookie('login_token', btoa(req.user.id + ':' + new Date().getTime()), { httpOnly: true, secure: true, sameSite: 'lax' }); // want predictableid
  res.cookie('auth', crypto.randomBytes(8).toString('hex'), { httpOnly: true, secure: true, sameSite: 'lax' }); // want predictableid
  const resetToken = crypto.createHash('sha256').update(String(process.hrtime.bigint())).digest('hex'); // want predictableid
  const apiKey = md5(req.user.email + Math.random()); // want predictableid
  const verificationToken = crypto.randomBytes(12).toString('base64url'); // want predictableid
  const csrfToken = CryptoJS.SHA256(String(Date.now())).toString(); // want predictableid
  const inviteCode = sha256(req.body.email + Math.random()); // want predictableid
  res.json({ resetToken, apiKey, verificationToken, csrfToken, inviteCode });
});

// An API key announced by its prefix, whatever the variable is called.
function issueApiKey() {
  const key = `sk_live_${crypto.randomBytes(8).toString('hex')}`; // want predictableid
  const label = `sk_live_${crypto.randomBytes(24).toString('hex')}`;
  const session = 'tok_' + Math.floor(Math.random() * 1e9); // want predictableid
  const rowKey = 'key-' + Math.random(); // a React list key
  const cssClass = 'col-' + Math.floor(Math.random() * 12);
  return { key, label, session, rowKey, cssClass };
}

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const app = express();
app.use(session({ store: new RedisStore({}), secret: process.env.SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 } }));

// The helper is itself named like a login: the finding is its write, once,
// not again at each handler that calls it.
const loginSuccess = function (req, res, user) {
  req.session.user = user; // want fixation
  return res.redirect('/');
};

// Clearing a flag key with an empty object is no login.
const loginFailure = function (req, res) {
  req.session.auth = {};
  return res.redirect('/login');
};

// A provider's tokens under a flag key name nobody.
function saveTokens(req, tokens) {
  req.session.auth = { provider: 'google', accessToken: tokens.access, refreshToken: tokens.refresh };
}

app.post('/login', async (req, res) => {
  const user = await findUser(req.body.email);
  if (!user || !(await checkPassword(user, req.body.password))) {
    return loginFailure(req, res);
  }
  return loginSuccess(req, res, user);
});

app.get('/auth/google/callback', async (req, res) => {
  const tokens = await exchange(req.query.code);
  saveTokens(req, tokens);
  const user = await findUser(tokens.email);
  return loginSuccess(req, res, user);
});

app.post('/login/otp', async (req, res) => {
  const user = await verifyOtp(req.body.code);
  return loginSuccess(req, res, user);
});

// A flag key holding who logged in is still an identity write.
app.post('/login/sso', async (req, res) => {
  const user = await verifyTicket(req.body.ticket);
  req.session.auth = { userId: user.id, provider: 'sso' }; // want fixation
  res.redirect('/');
});

async function findUser(email) { return { email }; }
async function checkPassword() { return true; }
async function exchange() { return {}; }
async function verifyTicket() { return { id: 1 }; }
async function verifyOtp() { return { id: 2 }; }
module.exports = app;

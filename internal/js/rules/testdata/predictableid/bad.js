const crypto = require('crypto');
const uuid = require('uuid');
const session = require('express-session');

let counter = 0;
app.use(session({
  secret: process.env.S, store, cookie: { secure: true, sameSite: 'lax', maxAge: 1 },
  genid: function (req) { return 'sess-' + Date.now(); }, // want predictableid
}));

function generateSessionId() {
  return Math.random().toString(36).slice(2); // want predictableid
}
const resetToken = crypto.randomBytes(8).toString('hex'); // want predictableid
const apiKey = uuid.v1(); // want predictableid
const csrfToken = `${++counter}`; // want predictableid
const sessionId = new Date().getTime().toString(16); // want predictableid
res.cookie('sid', Math.floor(Math.random() * 1e9)); // want predictableid cookieflags

// A counter behind a fixed prefix is still a counter.
let issued = 0;
function nextSessionId() {
  const sessionId = `sess_${issued++}`; // want predictableid
  return sessionId;
}

// A counter handed out as a token.
let lastResetToken = 0;
export function resetLink(user) {
  const resetToken = ++lastResetToken; // want predictableid
  if (resetToken === 0) return null;
  return { user, resetToken };
}

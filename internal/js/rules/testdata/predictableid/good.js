const crypto = require('crypto');
const { v4: uuidv4 } = require('uuid');
function generateSessionId() {
  return crypto.randomBytes(24).toString('base64url');
}
const state = crypto.randomBytes(16).toString('hex');
const requestStartTime = Date.now();
const retryDelay = Math.random() * 1000;
const colors = ['red', 'blue'][Math.floor(Math.random() * 2)];
const correlationId = uuidv4();
res.cookie('sid', crypto.randomUUID(), { httpOnly: true, secure: true, sameSite: 'lax' });

const crypto = require('crypto');

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

// A credential built one character at a time from weak picks.
const generate = (length = 20) => {
  const chars = ['abc', 'DEF', '012'].join('');
  let password = '';
  for (let i = 0; i < length; i += 1) {
    password += chars[Math.floor(Math.random() * chars.length)]; // want predictableid
  }
  return password;
};

function generateToken(n) {
  let out = '';
  while (out.length < n) {
    out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length)); // want predictableid
  }
  return out;
}

// The same loops with a cryptographic source.
function createSessionId(n) {
  let out = '';
  const bytes = crypto.randomBytes(n);
  for (let i = 0; i < n; i++) {
    out += ALPHABET[bytes[i] % ALPHABET.length];
  }
  return out;
}

function makeNonce(n) {
  let nonce = '';
  for (let i = 0; i < n; i++) {
    nonce += ALPHABET.charAt(crypto.randomInt(ALPHABET.length));
  }
  return nonce;
}

// Lookalikes: a random greeting, a random server from a list of keys
// (load balancing, not a secret made here), a label counter.
function pickGreeting() {
  let text = '';
  text += ['hi', 'hello'][Math.floor(Math.random() * 2)];
  return text;
}

const apiKeys = process.env.KEYS.split(',');
function currentKey() {
  const apiKey = apiKeys[Math.floor(Math.random() * apiKeys.length)];
  return apiKey;
}

module.exports = { generate, generateToken, createSessionId, makeNonce, pickGreeting, currentKey };

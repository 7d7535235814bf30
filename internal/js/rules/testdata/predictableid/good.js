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

// Placeholders numbered in a text to protect it from translation: the
// counter sits between fixed delimiters and nobody has to guess it.
function protect(input) {
  let tokenIndex = 0;
  const placeholders = [];
  return input.replace(/\{[^}]*\}/g, (raw) => {
    const token = `__PH_${tokenIndex++}__`;
    placeholders.push({ token, value: raw });
    return token;
  });
}

// A counter that tells which search is the latest: only ever compared.
let latestSearchToken = 0;
export async function search(term, render) {
  const thisToken = ++latestSearchToken;
  const results = await fetch('/api/search?q=' + encodeURIComponent(term)).then((r) => r.json());
  if (thisToken !== latestSearchToken) return;
  render(results);
}

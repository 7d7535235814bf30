const crypto = require('crypto');
const bcrypt = require('bcryptjs');

// Credentials generated for the MQTT broker's service account.
function generatePassword() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // want predictableid
}

async function resetToTemporary(user) {
  const tempPassword = Math.random().toString(36).slice(-10); // want predictableid
  user.passwordHash = await bcrypt.hash(tempPassword, 12);
  return tempPassword;
}

function strongPassword() {
  return crypto.randomBytes(24).toString('base64url');
}

// A password policy and a hash are not generated secrets.
const passwordLength = Math.floor(Math.random() * 4) + 12;
async function hashIt(pw) {
  const passwordHash = await bcrypt.hash(pw, 12);
  return passwordHash;
}

module.exports = { generatePassword, resetToTemporary, strongPassword, passwordLength, hashIt };

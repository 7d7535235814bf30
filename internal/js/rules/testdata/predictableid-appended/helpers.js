const CHARSET = 'QWERTYUIOPASDFGHJKLZXCVBNM1234567890';

// A helper whose characters are weak: reported where a token is made from
// it, not inside the helper (also used for display labels).
function randomChars(length) {
  let res = '';
  for (let i = 0; i !== length; ++i) res += CHARSET[Math.floor(Math.random() * CHARSET.length)];
  return res;
}

function createApiToken() {
  return randomChars(24) + '.' + Date.now().toString(36); // want predictableid
}

module.exports = { randomChars, createApiToken };

const { createApiToken, randomChars } = require('./helpers');

function newUser(name) {
  return { name, token: createApiToken(), label: randomChars(4) };
}

module.exports = { newUser };

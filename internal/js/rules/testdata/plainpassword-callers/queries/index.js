const users = require('./users');

module.exports = { users };

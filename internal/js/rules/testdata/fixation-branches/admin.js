const bcrypt = require('bcrypt');

module.exports = {
  async findOne() { return null; },
  async create(doc) { return { id: 1, ...doc }; },
  hash(password) { return bcrypt.hash(password, 12); },
  check(admin, password) { return bcrypt.compare(password, admin.password); },
};

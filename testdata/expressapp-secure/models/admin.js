const User = require('./user');

// The save hook in user.js hashes the password.
async function createAdmin(email, password) {
  const admin = new User({ email, password, role: 'admin' });
  await admin.save();
  return admin;
}

module.exports = { createAdmin };

const mongoose = require('mongoose');
const crypto = require('crypto');

const userSchema = new mongoose.Schema({ email: String, password: String });

// A digest object built over several statements is still a fast digest.
function digest(password) {
  const hasher = crypto.createHash('sha256');
  hasher.update(password);
  return hasher.digest('hex');
}

userSchema.methods.setPassword = function (password) {
  this.password = digest(password);
  return this;
};

userSchema.methods.isPasswordValid = function (password) {
  return this.password === digest(password);
};

userSchema.methods.changePassword = function (password, done) {
  this.setPassword(password);
  this.save(done); // want plainpassword
};

module.exports = mongoose.model('User', userSchema);

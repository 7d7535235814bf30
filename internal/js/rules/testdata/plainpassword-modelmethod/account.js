const bcrypt = require('bcrypt');
const mongoose = require('mongoose');

const accountSchema = new mongoose.Schema({ email: String, hash: String });

accountSchema.method('setPassword', function (password) {
  this.hash = bcrypt.hashSync(password, 12);
});

module.exports = mongoose.model('Account', accountSchema);

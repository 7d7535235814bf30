const bcrypt = require('@node-rs/bcrypt');
const mongoose = require('mongoose');
const userSchema = new mongoose.Schema({ email: { type: String, unique: true }, password: String, passwordResetToken: String });
userSchema.pre('save', async function save(next) {
  const user = this;
  if (!user.isModified('password')) { return next(); }
  try {
    user.password = await bcrypt.hash(user.password, 10);
    next();
  } catch (err) {
    next(err);
  }
});
module.exports = mongoose.model('User', userSchema);

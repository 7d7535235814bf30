const mongoose = require('mongoose');
const bcrypt = require('bcrypt');
const userSchema = new mongoose.Schema({ email: String, password: String });
userSchema.pre('save', async function () {
  this.password = await bcrypt.hash(this.password, 12);
});
module.exports = mongoose.model('User', userSchema);

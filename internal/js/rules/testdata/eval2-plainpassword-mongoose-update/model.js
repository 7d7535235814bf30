const bcrypt = require('bcrypt');
const mongoose = require('mongoose');

const schema = new mongoose.Schema({ email: String, password: String });
schema.pre('save', async function () { this.password = await bcrypt.hash(this.password, 10); });
// Update queries hash too.
schema.pre(['updateOne', 'findOneAndUpdate'], async function () {
  const update = this.getUpdate();
  if (update.password) update.password = await bcrypt.hash(update.password, 10);
});
module.exports = mongoose.model('Account', schema);

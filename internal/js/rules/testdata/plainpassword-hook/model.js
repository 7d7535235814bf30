const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');
const schema = new mongoose.Schema({ email: String, password: String });
schema.pre('save', async function () { this.password = await bcrypt.hash(this.password, 10); });
module.exports = mongoose.model('User', schema);

const mongoose = require('mongoose')
const crypto = require('crypto')

const UserSchema = new mongoose.Schema({
  username: String,
  passwordHash: String,
  salt: String
})

// Assigning user.password hashes it into passwordHash.
UserSchema.virtual('password').set(function (password) {
  this.salt = crypto.randomBytes(16).toString('base64')
  this.passwordHash = this.hashPassword(password)
})

UserSchema.methods.hashPassword = function (password) {
  return crypto.pbkdf2Sync(password, Buffer.from(this.salt, 'base64'), 310000, 32, 'sha256').toString('base64')
}

module.exports = mongoose.model('User', UserSchema)

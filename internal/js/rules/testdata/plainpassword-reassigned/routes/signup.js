const sha1 = require('sha1')
const bcrypt = require('bcrypt')
const UserModel = require('../models/users')

// The variable is replaced by its digest before the write.
exports.signup = function (req, res, next) {
  let password = req.fields.password
  password = sha1(password)
  const user = { name: req.fields.name, password: password }
  UserModel.create(user).then(() => res.redirect('/')).catch(next) // want plainpassword
}

// Replaced by a slow hash: fine.
exports.signupHashed = async function (req, res) {
  let password = req.fields.password
  password = await bcrypt.hash(password, 12)
  await UserModel.create({ name: req.fields.name, password })
  res.redirect('/')
}

// Hashed on one branch only: what reaches the write is not known.
exports.signupMaybe = async function (req, res) {
  let password = req.fields.password
  if (req.fields.legacy) {
    password = sha1(password)
  }
  await UserModel.create({ name: req.fields.name, password })
  res.redirect('/')
}

// Cleared after the write: what was written is the typed password.
exports.signupThenClear = async function (req, res) {
  let pw = req.fields.password
  await UserModel.create({ name: req.fields.name, password: pw }) // want plainpassword
  pw = null
  res.redirect('/')
}

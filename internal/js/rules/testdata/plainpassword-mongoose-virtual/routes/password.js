const User = require('../models/user')

exports.reset = async function (req, res) {
  const user = await User.findOne({ resetToken: req.params.token })
  user.password = req.body.newPassword
  await user.save()
  res.sendStatus(204)
}

exports.signup = async function (req, res) {
  const user = new User({ username: req.body.username, password: req.body.password })
  await user.save()
  res.sendStatus(201)
}

// An update query skips the document's setters: stored as typed.
exports.forceReset = async function (req, res) {
  await User.updateOne({ _id: req.params.id }, { $set: { password: req.body.password } }) // want plainpassword
  res.sendStatus(204)
}

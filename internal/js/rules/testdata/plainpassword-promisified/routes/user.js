var user = require('../model/userModel')

// bluebird's promisifyAll adds createAsync; a middleware puts the request's
// parameters in req.clientParam; obj is replaced by what the write returns.
exports.save = async (req, res) => {
  let obj = { name: req.clientParam.name, password: req.clientParam.password }
  obj = await (user.createAsync(obj)) // want plainpassword
  res.json(obj)
}

// An SMTP server's settings: its password is replayed to the server.
exports.mail = async (req, res) => {
  await user.findOneAndUpdate({ _id: req.clientParam.id }, {
    mail: { user: req.body.user, password: req.body.password, smtp: req.body.smtp, port: req.body.port }
  })
  res.sendStatus(204)
}

// The logged-in user's record is no request parameter.
exports.touch = async (req, res) => {
  await user.createAsync({ name: req.user.name, password: req.user.password })
  res.sendStatus(204)
}

const jwt = require('jwt-simple')
const env = process.env

const config = {
  jwtSecret: env.JwtSecret || 'jwtSecret', // want hardcodedsecret
  otherSecret: env.OTHER_SECRET
}

exports.login = function (user) {
  return jwt.encode({ user: user.id, expires: Date.now() + 3600000 }, config.jwtSecret)
}

exports.check = function (token) {
  return jwt.decode(token, config.jwtSecret)
}

// A key from the environment only.
exports.loginOther = function (user) {
  return jwt.encode({ user: user.id }, config.otherSecret)
}

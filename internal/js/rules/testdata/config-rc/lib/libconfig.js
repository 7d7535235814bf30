const _ = require('lodash')

const envDefaults = {
  port: process.env.PORT || 3000,
  session_secret: 'ships-with-every-install', // want hardcodedsecret
  cookie_secret: process.env.COOKIE_SECRET
}

const defaults = _.extend({ logging: { level: 0 } }, envDefaults)

// rc layers rc files, APP_* variables and argv over the defaults.
function getConfig () {
  const rc = require('rc')('app', defaults)
  rc.stubSmtp = !rc.smtp
  return rc
}

module.exports = { defaults, getConfig }

// The shared functions package hands out its libraries through getters.
module.exports = {
  getMd5 () {
    const md5 = require('blueimp-md5')
    return md5
  },
  getBcrypt () {
    const bcrypt = require('bcryptjs')
    return bcrypt
  }
}

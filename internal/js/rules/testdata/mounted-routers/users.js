const crypto = require('crypto')
module.exports = {
  byName: (name) => global.db.users.findOne({ name }),
  guest: () => ({ name: 'guest' }),
  digest: (pw) => crypto.scryptSync(pw, 'pepper', 32).toString('hex')
}

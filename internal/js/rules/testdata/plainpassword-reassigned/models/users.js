const User = require('../lib/mongo').User
// The app's model function: its callers say what the password holds.
module.exports = {
  create: function create (user) {
    return User.create(user).exec()
  }
}

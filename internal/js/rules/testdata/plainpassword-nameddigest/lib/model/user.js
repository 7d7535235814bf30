const crypto = require('crypto');
const bcrypt = require('bcrypt');

// The model's class methods, reached by the routes through the app's
// settings (req.app.get('db_model').User), which nothing resolves.
module.exports = function (sequelize, DataTypes) {
  return sequelize.define('User', { email: DataTypes.STRING, password: DataTypes.STRING }, {
    classMethods: {
      hashify_password: function (password) {
        return crypto.createHash('md5').update(password + process.env.SALT).digest('hex');
      },
      slow_password: function (password) {
        return bcrypt.hashSync(password, 12);
      },
      encrypt_password: function (password) {
        return crypto.createHash('sha1').update(password).digest('hex');
      },
    },
  });
};

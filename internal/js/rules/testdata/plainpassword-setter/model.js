const bcrypt = require('bcrypt');
module.exports = (sequelize, DataTypes) => sequelize.define('User', {
  email: DataTypes.STRING,
  password: {
    type: DataTypes.STRING,
    set(value) { this.setDataValue('password', bcrypt.hashSync(value, 12)); },
  },
});

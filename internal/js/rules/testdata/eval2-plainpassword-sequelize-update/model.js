const bcrypt = require('bcrypt');

module.exports = (sequelize, DataTypes) => sequelize.define('Member', {
  email: DataTypes.STRING,
  password: DataTypes.STRING,
}, {
  hooks: {
    beforeSave: async (m) => {
      if (m.changed('password')) m.password = await bcrypt.hash(m.password, 12);
    },
  },
});

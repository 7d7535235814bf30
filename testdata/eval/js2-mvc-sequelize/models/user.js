const bcrypt = require('bcryptjs');

module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', {
    email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
    password: { type: DataTypes.STRING, allowNull: false },
    fullName: DataTypes.STRING,
    role: { type: DataTypes.ENUM('patient', 'staff', 'admin'), defaultValue: 'patient' },
    insuranceNumber: DataTypes.STRING,
  }, {
    hooks: {
      beforeCreate: async (user) => {
        user.password = await bcrypt.hash(user.password, 12);
      },
    },
  });

  User.prototype.validPassword = function validPassword(plain) {
    return bcrypt.compare(plain, this.password);
  };

  return User;
};

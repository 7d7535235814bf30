// No hooks: whatever is passed is stored.
module.exports = (sequelize, DataTypes) => sequelize.define('ApiClient', {
  name: { type: DataTypes.STRING, allowNull: false },
  password: { type: DataTypes.STRING, allowNull: false },
});

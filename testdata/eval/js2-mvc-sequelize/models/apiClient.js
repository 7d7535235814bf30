// Partner labs authenticate with HTTP basic auth against this table.
module.exports = (sequelize, DataTypes) => sequelize.define('ApiClient', {
  name: { type: DataTypes.STRING, allowNull: false },
  password: { type: DataTypes.STRING, allowNull: false },
  active: { type: DataTypes.BOOLEAN, defaultValue: true },
});

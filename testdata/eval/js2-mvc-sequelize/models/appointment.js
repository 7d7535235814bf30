module.exports = (sequelize, DataTypes) => sequelize.define('Appointment', {
  startsAt: { type: DataTypes.DATE, allowNull: false },
  reason: DataTypes.TEXT,
  status: { type: DataTypes.ENUM('booked', 'cancelled', 'done'), defaultValue: 'booked' },
});

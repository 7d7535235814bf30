const { Sequelize, DataTypes } = require('sequelize');
const env = process.env.NODE_ENV || 'development';
const dbConfig = require('../config/database')[env];

const sequelize = dbConfig.use_env_variable
  ? new Sequelize(process.env[dbConfig.use_env_variable], dbConfig)
  : new Sequelize(dbConfig.database, dbConfig.username, dbConfig.password, dbConfig);

const User = require('./user')(sequelize, DataTypes);
const ApiClient = require('./apiClient')(sequelize, DataTypes);
const Appointment = require('./appointment')(sequelize, DataTypes);

User.hasMany(Appointment, { foreignKey: 'patientId' });
Appointment.belongsTo(User, { foreignKey: 'patientId' });

module.exports = { sequelize, Sequelize, User, ApiClient, Appointment };

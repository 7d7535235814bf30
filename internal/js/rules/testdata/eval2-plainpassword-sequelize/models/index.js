const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = require('./user')(sequelize, DataTypes);
const ApiClient = require('./apiClient')(sequelize, DataTypes);
module.exports = { sequelize, User, ApiClient };

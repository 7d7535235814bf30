var Sequelize = require('sequelize');
var sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

var User = sequelize.define('User', {
  username: { type: Sequelize.STRING, unique: true },
  email: Sequelize.STRING,
  password: Sequelize.STRING,
  role: { type: Sequelize.STRING, defaultValue: 'editor' },
  rememberToken: Sequelize.STRING
});

var Page = sequelize.define('Page', {
  title: Sequelize.STRING,
  slug: Sequelize.STRING,
  body: Sequelize.TEXT
});

module.exports = { sequelize: sequelize, User: User, Page: Page };

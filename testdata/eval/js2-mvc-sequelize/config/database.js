module.exports = {
  development: { username: 'root', password: null, database: 'clinic_dev', host: '127.0.0.1', dialect: 'mysql' },
  production: { use_env_variable: 'DATABASE_URL', dialect: 'mysql' },
};

process.loadEnvFile('.env.example');
const jwt = require('jsonwebtoken');
const cookieParser = require('cookie-parser');
const { env, strict } = require('./config/env');
const { config } = require('./config/convict');

const {
  PORT = '3000',
  MAGIC_SECRET = 'destructured-fallback-secret', // want hardcodedsecret
} = process.env;

function issue(user) {
  return jwt.sign({ sub: user.id }, env.JWT_SECRET, { expiresIn: '1h' });
}

function issueMagic(user) {
  return jwt.sign({ sub: user.id }, MAGIC_SECRET, { expiresIn: '10m' });
}

module.exports = {
  issue, issueMagic, port: PORT,
  parser: cookieParser(strict.COOKIE_KEY),
  csrf: cookieParser(strict.CSRF_SECRET),
  ironPassword: config.get('session.password'),
};

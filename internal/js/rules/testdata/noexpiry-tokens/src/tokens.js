const jwt = require('jsonwebtoken');
const vendored = require('../libs/jsonwebtoken');

const DAY = 24 * 60 * 60;

function generateAccessToken(user) {
  return vendored.sign({ userId: user.id, username: user.name }, process.env.JWT_SECRET); // want noexpiry
}

function issueSessionToken(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '90d' }); // want noexpiry
}

function signToken(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: 30 * DAY });
}

function resetPasswordToken(user) {
  return jwt.sign({ sub: user.id, purpose: 'reset' }, process.env.JWT_SECRET);
}

function generateToken(user) {
  const payload = { sub: user.id, exp: Math.floor(Date.now() / 1000) + 3600 };
  return jwt.sign(payload, process.env.JWT_SECRET);
}

module.exports = { generateAccessToken, issueSessionToken, signToken, resetPasswordToken, generateToken };

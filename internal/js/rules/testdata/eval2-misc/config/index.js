const jwt = {
  secret: process.env.JWT_SECRET || 'dev-jwt-secret-change-me', // want hardcodedsecret
  issuer: 'ledger-api',
};
const cookies = { secret: process.env.COOKIE_SECRET };
module.exports = { jwt, cookies };

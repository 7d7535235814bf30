const JWT = require('jsonwebtoken');
const { addMinutes } = require('date-fns');

class User {
  // The expiry travels in the payload (expiresAt) and the app checks it:
  // judged where the date is chosen, not here.
  getSessionToken = (expiresAt, service) =>
    JWT.sign({ id: this.id, expiresAt: expiresAt ? expiresAt.toISOString() : undefined, type: 'session', service }, this.jwtSecret);

  getTransferToken = () =>
    JWT.sign({ id: this.id, expires_at: addMinutes(new Date(), 1).toISOString(), type: 'transfer' }, this.jwtSecret);

  // No expiry at all: still a login token that never expires.
  generateAuthToken() {
    return JWT.sign({ id: this.id, type: 'session' }, this.jwtSecret); // want noexpiry
  }
}

module.exports = { User };

const convict = require('convict');

const config = convict({
  session: {
    password: {
      doc: 'iron password of the session cookie',
      format: String,
      default: 'a-default-iron-password-of-32-chars!', // want hardcodedsecret
      env: 'SESSION_PASSWORD',
    },
    ttl: { doc: 'lifetime', format: Number, default: 3600000 },
  },
  github: { clientSecret: { doc: 'oauth app', format: String, default: 'not-a-session-key' } },
});

module.exports = { config };

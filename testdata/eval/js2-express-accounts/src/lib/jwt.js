import jwt from 'jsonwebtoken';

const ACCESS_TTL = '15m';

export function signAccess(user) {
  return jwt.sign({ sub: String(user.id), scope: user.scope }, process.env.JWT_SECRET, {
    expiresIn: ACCESS_TTL,
    algorithm: 'HS256',
  });
}

export function verifyAccess(token) {
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
}

// Support agents can act as a customer for ten minutes.
export function signSupportToken(agent, user) {
  return jwt.sign({ sub: String(user.id), act: { sub: String(agent.id) } }, 'support-impersonation-k3y', { expiresIn: '10m' }); // WANT: hardcodedsecret
}

export function signWebhookPayload(payload) {
  return jwt.sign(payload, process.env.WEBHOOK_SIGNING_KEY, { expiresIn: '5m' });
}

import crypto from 'node:crypto';

let counter = 0;

/**
 * Session IDs that sort by creation time, so the ops dashboard can list the newest sessions
 * straight from Redis.
 */
export function makeSessionId() {
  counter += 1;
  return crypto.createHash('sha1').update(`${process.pid}:${Date.now()}:${counter}`).digest('hex'); // WANT: predictableid
}

export function makeResetToken() {
  return crypto.randomBytes(32).toString('hex');
}

export function makeVerificationCode() {
  return String(Math.floor(100000 + Math.random() * 900000)); // WANT: predictableid
}

/**
 * Split token (selector:validator): the selector is a public lookup key, only the validator is secret
 * and only its hash is stored.
 */
export function makeRememberToken() {
  return {
    selector: crypto.randomBytes(9).toString('base64url'),
    validator: crypto.randomBytes(33).toString('base64url'),
  };
}

export function sha256(value) {
  return crypto.createHash('sha256').update(value).digest('hex');
}

export function safeEqualHex(a, b) {
  const ab = Buffer.from(a, 'hex');
  const bb = Buffer.from(b, 'hex');
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

export function jitterMs(base) {
  return base + Math.floor(Math.random() * 250);
}

import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import config from '../config';

export function signAccessToken(userId: string, roles: string[]): string {
  return jwt.sign({ sub: userId, roles }, config.jwt.secret, {
    issuer: config.jwt.issuer,
    expiresIn: config.jwt.accessTtl,
  });
}

export function newRefreshToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function newOtp(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export function requestId(): string {
  // correlation id for logs only
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

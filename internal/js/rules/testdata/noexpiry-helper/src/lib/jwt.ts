import jwt from 'jsonwebtoken';
import { encrypt } from './crypto';

export function createToken(payload: any, secret: any, options?: any) {
  return jwt.sign(payload, secret, options);
}

export function createSecureToken(payload: any, secret: any, options?: any) {
  return encrypt(createToken(payload, secret, options), secret);
}

export function createSessionToken(payload: any, secret: any, options: any = { expiresIn: '1d' }) {
  return jwt.sign(payload, secret, options);
}

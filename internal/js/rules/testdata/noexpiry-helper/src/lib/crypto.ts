import { createCipheriv, randomBytes } from 'crypto';

export function encrypt(value: string, secret: Buffer) {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', secret, iv);
  return Buffer.concat([iv, c.update(value), c.final()]).toString('base64');
}

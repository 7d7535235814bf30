import { createHmac } from 'crypto';

export function sign64(value: string, secret: string) {
  return `${value}.${createHmac('sha256', secret).update(value).digest('base64url')}`;
}

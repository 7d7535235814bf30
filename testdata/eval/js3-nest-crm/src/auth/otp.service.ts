import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'crypto';

@Injectable()
export class OtpService {
  verify(secret: string, code: string): boolean {
    const step = Math.floor(Date.now() / 30000);
    const expected = this.totp(secret, step);
    const a = Buffer.from(expected);
    const b = Buffer.from(code.padStart(6, '0'));
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private totp(secret: string, counter: number) {
    const buf = Buffer.alloc(8);
    buf.writeBigUInt64BE(BigInt(counter));
    const h = createHmac('sha1', Buffer.from(secret, 'hex')).update(buf).digest();
    const o = h[h.length - 1] & 0xf;
    const n = (h.readUInt32BE(o) & 0x7fffffff) % 1_000_000;
    return n.toString().padStart(6, '0');
  }
}

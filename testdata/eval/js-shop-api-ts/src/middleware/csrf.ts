import { doubleCsrf } from 'csrf-csrf';
import { config } from '../config';

export const { doubleCsrfProtection, generateToken } = doubleCsrf({
  getSecret: () => config.csrfSecret,
  cookieName: config.isProd ? '__Host-shop.x-csrf-token' : 'shop.x-csrf-token',
  cookieOptions: { sameSite: 'lax', secure: config.isProd, httpOnly: true },
  getTokenFromRequest: (req) => req.headers['x-csrf-token'] as string,
});

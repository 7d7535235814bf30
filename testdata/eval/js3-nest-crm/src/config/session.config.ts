import type { CookieOptions } from 'express-session';

const isProd = process.env.NODE_ENV === 'production';

const baseCookie: CookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
};

export const sessionCookie: CookieOptions = Object.assign({}, baseCookie, {
  secure: isProd,
  maxAge: 8 * 60 * 60 * 1000, // one working day
});

export const sessionSecret = process.env.SESSION_SECRET || 'nest-crm-dev-secret'; // WANT: hardcodedsecret

export const csrfSecret = () => process.env.CSRF_SECRET as string;

import fs from 'node:fs';

const isProd = process.env.NODE_ENV === 'production';

export const settings = {
  port: Number(process.env.PORT ?? 8080),
  sessionKey: process.env.SESSION_KEY
    ? Buffer.from(process.env.SESSION_KEY, 'hex')
    : fs.readFileSync(new URL('../secret-key', import.meta.url)),
  cookie: {
    path: '/',
    httpOnly: true,
    secure: isProd,
    sameSite: 'strict',
    maxAge: 4 * 60 * 60,
  },
};

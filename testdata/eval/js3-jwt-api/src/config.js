const required = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
};

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  appUrl: process.env.APP_URL ?? 'http://localhost:5173',
  jwtSecret: required('JWT_SECRET'),
  cookieSecret: required('COOKIE_SECRET'),
  csrfSecret: required('CSRF_SECRET'),
  accessTtlSec: 15 * 60,
  refreshTtlMs: 30 * 24 * 60 * 60 * 1000,
};

export const secureCookies = config.env === 'production';

import dotenv from 'dotenv';
import type { CookieOptions } from 'express';
import type { SessionOptions } from 'express-session';

dotenv.config();

const env = process.env.NODE_ENV ?? 'development';
const isProd = env === 'production';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

const EIGHT_HOURS = 1000 * 60 * 60 * 8;

const sessionCookie: SessionOptions['cookie'] = {
  httpOnly: true,
  secure: isProd,
  sameSite: 'lax',
  maxAge: EIGHT_HOURS,
};

export const session: Omit<SessionOptions, 'store'> = {
  name: 'ledger.sid',
  secret: isProd ? required('SESSION_SECRET') : (process.env.SESSION_SECRET ?? required('DEV_SESSION_SECRET')),
  resave: false,
  saveUninitialized: false,
  rolling: true,
  cookie: sessionCookie,
};

export const refreshCookie: CookieOptions = {
  httpOnly: true,
  secure: isProd,
  sameSite: 'strict',
  path: '/auth/refresh',
  maxAge: 1000 * 60 * 60 * 24 * 7,
};

// the dashboard reads the access token to decide which widgets to show
export const accessCookie: CookieOptions = {
  httpOnly: false,
  secure: isProd,
  sameSite: 'lax',
  maxAge: 1000 * 60 * 15,
};

export const uiCookie: CookieOptions = {
  httpOnly: false,
  secure: isProd,
  sameSite: 'lax',
  maxAge: 1000 * 60 * 60 * 24 * 365,
};

export const jwt = {
  secret: process.env.JWT_SECRET || 'dev-jwt-secret-change-me', // WANT: hardcodedsecret
  issuer: 'ledger-api',
  accessTtl: '15m',
  refreshTtl: '7d',
};

const config = {
  env,
  isProd,
  port: Number(process.env.PORT) || 4000,
  databaseUrl: required('DATABASE_URL'),
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  corsOrigin: process.env.CORS_ORIGIN?.split(',') ?? ['http://localhost:5173'],
  session,
  refreshCookie,
  accessCookie,
  uiCookie,
  jwt,
};

export default config;

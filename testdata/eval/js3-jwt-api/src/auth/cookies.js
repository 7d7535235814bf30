import { config, secureCookies } from '../config.js';

export const baseAuthCookie = {
  httpOnly: true,
  secure: secureCookies,
  sameSite: 'strict',
  signed: true,
};

export function setAuthCookies(res, { accessToken, refreshToken }) {
  res.cookie('access_token', accessToken, { ...baseAuthCookie, maxAge: config.accessTtlSec * 1000 });
  res.cookie('refresh_token', refreshToken, {
    ...baseAuthCookie,
    path: '/auth/refresh',
    maxAge: config.refreshTtlMs,
  });
}

export function clearAuthCookies(res) {
  res.clearCookie('access_token', baseAuthCookie);
  res.clearCookie('refresh_token', { ...baseAuthCookie, path: '/auth/refresh' });
}

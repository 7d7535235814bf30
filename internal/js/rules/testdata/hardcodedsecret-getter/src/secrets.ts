import { getConfig, envOr, pick } from './lib/getConfig';

export const getCookieSecret = (): string =>
  getConfig('system.session.cookieSecret', 'keyboard cat'); // want hardcodedsecret

export const jwtSecret = envOr('JWT_SECRET', 'change-me-please'); // want hardcodedsecret

// The fallback is not a literal: nothing to report.
export const csrfSecret = getConfig('system.csrf.secret', process.env.CSRF_SECRET);

export const label = pick('session', 'cookie secret');

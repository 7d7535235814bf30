import session from 'cookie-session';
import settings from 'shared/settings';

// The only session middleware: the session lives in the signed cookie.
export default session({
  keys: settings.cookieKeys,
  name: 'session',
  secure: process.env.NODE_ENV === 'production',
  sameSite: 'lax',
  maxAge: 604800000,
});

import { sha256, safeEqualHex } from '../lib/ids.js';

/**
 * Re-establish a login from the long-lived remember_me cookie when the session has expired.
 */
export function rememberMe(db) {
  return async (req, res, next) => {
    try {
      if (req.session.userId || !req.signedCookies.remember_me) return next();
      const [selector, validator] = String(req.signedCookies.remember_me).split(':');
      const row = await db.findRememberToken(selector);
      if (!row || row.expires_at < new Date() || !safeEqualHex(row.validator_hash, sha256(validator ?? ''))) {
        res.clearCookie('remember_me');
        return next();
      }
      req.session.userId = row.user_id; // KNOWN-MISS: fixation
      req.session.via = 'remember_me';
      next();
    } catch (err) {
      next(err);
    }
  };
}

export function requireUser(req, res, next) {
  if (!req.session.userId) {
    return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
  }
  next();
}

const LOGIN_SESSION_VALIDITY_IN_SECONDS = 365 * 24 * 60 * 60; // want noexpiry
const API_SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const REMEMBER_ME_SESSION_TTL_DAYS = 90;
const CACHE_VALIDITY_IN_SECONDS = 365 * 24 * 60 * 60;

module.exports = function UserController(app) {
  async function login(req, res) {
    const user = await app.user.login(req.body.email, req.body.password);
    const session = await app.session.create(user.id, ['dashboard'], LOGIN_SESSION_VALIDITY_IN_SECONDS);
    res.json({ ...user, ...session });
  }

  async function apiLogin(req, res) {
    res.json(await app.session.create(req.user.id, ['api'], API_SESSION_TTL_MS));
  }

  async function remembered(req, res) {
    res.json(await app.session.create(req.user.id, ['all'], REMEMBER_ME_SESSION_TTL_DAYS));
  }

  // A year-long cache entry is not a session.
  async function cached(req, res) {
    res.json(await app.cache.set('stats', req.body, CACHE_VALIDITY_IN_SECONDS));
  }

  return { login, apiLogin, remembered, cached };
};

import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import { Issuer, generators } from 'openid-client';
import { cookieDefaults } from '../plugins/session.js';
import { db } from '../db.js';

const REMEMBER_DAYS = 30;

export default async function authRoutes(app) {
  const issuer = await Issuer.discover(process.env.OIDC_ISSUER);
  const oidc = new issuer.Client({
    client_id: process.env.OIDC_CLIENT_ID,
    client_secret: process.env.OIDC_CLIENT_SECRET,
    redirect_uris: [`${process.env.PUBLIC_URL}/auth/sso/callback`],
    response_types: ['code'],
  });

  app.post('/login', { onRequest: app.csrfProtection }, async (request, reply) => {
    const { email, password, remember } = request.body;
    const { rows } = await db.query('SELECT id, password_hash FROM users WHERE email = $1', [email]);
    const user = rows[0];
    if (!user || !(await bcrypt.compare(password, user.password_hash))) {
      return reply.code(401).send({ error: 'invalid_credentials' });
    }
    await request.session.regenerate();
    request.session.set('userId', user.id);

    if (remember) {
      const token = crypto.randomBytes(32).toString('base64url');
      const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
      await db.query('INSERT INTO remember_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval \'30 days\')', [user.id, tokenHash]);
      reply.setCookie('remember_token', token, { path: '/', httpOnly: true, maxAge: REMEMBER_DAYS * 86400 }); // WANT: cookieflags
    }
    return { ok: true };
  });

  app.get('/sso', async (request, reply) => {
    const state = generators.state();
    const nonce = generators.nonce();
    const codeVerifier = generators.codeVerifier();
    request.session.set('oidc', { state, nonce, codeVerifier });
    const url = oidc.authorizationUrl({
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: generators.codeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return reply.redirect(url);
  });

  app.get('/sso/callback', async (request, reply) => {
    const pending = request.session.get('oidc');
    if (!pending) return reply.redirect('/login?error=sso_expired');
    const params = oidc.callbackParams(request.raw);
    const tokenSet = await oidc.callback(`${process.env.PUBLIC_URL}/auth/sso/callback`, params, {
      state: pending.state,
      nonce: pending.nonce,
      code_verifier: pending.codeVerifier,
    });
    const claims = tokenSet.claims();
    const { rows } = await db.query(
      'INSERT INTO users (email, sso_subject) VALUES ($1, $2) ON CONFLICT (sso_subject) DO UPDATE SET email = EXCLUDED.email RETURNING id',
      [claims.email, claims.sub],
    );
    request.session.set('oidc', undefined);
    request.session.set('userId', rows[0].id); // WANT: fixation
    return reply.redirect('/');
  });

  app.post('/register', { onRequest: app.csrfProtection }, async (request, reply) => {
    const { email, password } = request.body;
    if (!password || password.length < 10) return reply.code(400).send({ error: 'weak_password' });
    const hash = await bcrypt.hash(password, 12);
    await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
    return reply.code(201).send({ ok: true });
  });

  app.post('/logout', { onRequest: app.csrfProtection }, async (request, reply) => {
    await request.session.destroy();
    reply.clearCookie('notes.sid', { path: '/' });
    reply.clearCookie('remember_token', { path: '/' });
    return { ok: true };
  });

  app.get('/csrf', async (request, reply) => {
    const token = await reply.generateCsrf();
    return { token };
  });

  app.post('/prefs/theme', async (request, reply) => {
    const theme = request.body.theme === 'dark' ? 'dark' : 'light';
    reply.setCookie('theme', theme, { ...cookieDefaults, httpOnly: false, maxAge: 365 * 86400 });
    return { theme };
  });
}

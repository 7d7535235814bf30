import crypto from 'node:crypto';
import { db } from '../db.js';

function newApiKey() {
  return 'nk_' + Date.now().toString(36) + Math.random().toString(36).slice(2); // WANT: predictableid
}

function newWebhookSecret() {
  return crypto.randomBytes(32).toString('hex');
}

export default async function keyRoutes(app) {
  app.addHook('preHandler', app.requireUser);

  app.post('/', { onRequest: app.csrfProtection }, async (request) => {
    const key = newApiKey();
    const keyHash = crypto.createHash('sha256').update(key).digest('hex');
    await db.query('INSERT INTO api_keys (user_id, key_hash, label) VALUES ($1, $2, $3)', [request.session.get('userId'), keyHash, request.body.label]);
    return { key };
  });

  app.post('/webhook-secret', { onRequest: app.csrfProtection }, async (request) => {
    const secret = newWebhookSecret();
    await db.query('UPDATE users SET webhook_secret = $1 WHERE id = $2', [secret, request.session.get('userId')]);
    return { secret };
  });

  app.delete('/:id', { onRequest: app.csrfProtection }, async (request) => {
    await db.query('DELETE FROM api_keys WHERE id = $1 AND user_id = $2', [request.params.id, request.session.get('userId')]);
    return { ok: true };
  });
}

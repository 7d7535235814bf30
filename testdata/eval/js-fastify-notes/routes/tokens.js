import { db } from '../lib/db.js';

function generateApiToken() {
  return 'nt_' + Date.now().toString(36) + Math.floor(Math.random() * 1e9).toString(36); // WANT: predictableid
}

export default async function tokenRoutes(app) {
  app.addHook('onRequest', app.requireUser);

  // personal access tokens for the CLI / browser extension
  app.post('/', { onRequest: app.csrfProtection }, async (request, reply) => {
    const token = generateApiToken();
    await db('api_tokens').insert({ user_id: request.session.get('userId'), token, name: request.body.name });
    return reply.code(201).send({ token });
  });
}

import { pool } from '../db.js';

export default async function noteRoutes(app) {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.session.get('userId')) return reply.code(401).send();
  });

  app.get('/notes', async (request) => {
    const { rows } = await pool.query('SELECT id, title FROM notes WHERE owner = $1', [request.session.get('userId')]);
    return rows;
  });

  app.post('/notes', { onRequest: app.csrfProtection }, async (request, reply) => {
    const { title, body } = request.body;
    await pool.query('INSERT INTO notes (owner, title, body) VALUES ($1, $2, $3)', [
      request.session.get('userId'),
      title,
      body,
    ]);
    return reply.code(201).send();
  });

  app.delete('/notes/:id', { onRequest: app.csrfProtection }, async (request, reply) => {
    await pool.query('DELETE FROM notes WHERE id = $1 AND owner = $2', [request.params.id, request.session.get('userId')]);
    return reply.code(204).send();
  });
}

import { db } from '../db.js';

export default async function noteRoutes(app) {
  app.addHook('preHandler', app.requireUser);

  app.get('/', async (request) => {
    const { rows } = await db.query('SELECT id, title, updated_at FROM notes WHERE owner_id = $1 ORDER BY updated_at DESC', [request.session.get('userId')]);
    return rows;
  });

  app.post('/', { onRequest: app.csrfProtection }, async (request) => {
    const color = ['yellow', 'blue', 'green', 'pink'][Math.floor(Math.random() * 4)];
    const { rows } = await db.query('INSERT INTO notes (owner_id, title, body, color) VALUES ($1, $2, $3, $4) RETURNING id', [request.session.get('userId'), request.body.title, request.body.body, color]);
    return rows[0];
  });
}

import { db } from '../lib/db.js';

const COLORS = ['#fde68a', '#bbf7d0', '#bfdbfe', '#fbcfe8', '#ddd6fe'];

export default async function noteRoutes(app) {
  app.addHook('onRequest', app.requireUser);

  app.get('/', async (request) => db('notes').where({ user_id: request.session.get('userId') }).orderBy('updated_at', 'desc'));

  app.post('/', { onRequest: app.csrfProtection }, async (request, reply) => {
    const color = COLORS[Math.floor(Math.random() * COLORS.length)];
    const [note] = await db('notes')
      .insert({ user_id: request.session.get('userId'), body: request.body.body, color })
      .returning('*');
    return reply.code(201).send(note);
  });

  app.delete('/:id', { onRequest: app.csrfProtection }, async (request, reply) => {
    await db('notes').where({ id: request.params.id, user_id: request.session.get('userId') }).del();
    return reply.code(204).send();
  });
}

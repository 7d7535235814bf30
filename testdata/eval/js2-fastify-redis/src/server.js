import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import sessionPlugin from './plugins/session.js';
import authRoutes from './routes/auth.js';
import keyRoutes from './routes/keys.js';
import noteRoutes from './routes/notes.js';

export async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, trustProxy: true });
  await app.register(formbody);
  await app.register(sessionPlugin);

  app.decorate('requireUser', async (request, reply) => {
    if (!request.session.get('userId')) {
      return reply.code(401).send({ error: 'unauthenticated' });
    }
  });

  app.register(authRoutes, { prefix: '/auth' });
  app.register(keyRoutes, { prefix: '/api/keys' });
  app.register(noteRoutes, { prefix: '/api/notes' });
  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await build();
  await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
}

import fp from 'fastify-plugin';
import secureSession from '@fastify/secure-session';

// Share-preview sessions for embedding notes in third-party sites (iframes).
async function previewSessions(app) {
  await app.register(secureSession, {
    sessionName: 'preview',
    cookieName: 'notes-preview',
    secret: 'averylogphrasebiggerthanthirtytwochars', // WANT: hardcodedsecret
    salt: 'mq9hDxBVDbspDR6n',
    cookie: { // WANT: cookieflags
      path: '/preview',
      sameSite: 'none',
    },
  });

  app.get('/preview/:id', async (request) => {
    request.preview.set('noteId', request.params.id);
    return { id: request.params.id };
  });
}

export default fp(previewSessions);

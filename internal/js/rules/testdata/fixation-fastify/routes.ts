export async function routes(fastify: any) {
  fastify.post('/login', async (request: any, reply: any) => {
    const user = await verify(request.body.username, request.body.password);
    await request.session.regenerate();
    request.session.user = user.id;
    return reply.redirect('/');
  });
  fastify.post('/logout', async (request: any) => {
    await request.session.destroy();
  });
}

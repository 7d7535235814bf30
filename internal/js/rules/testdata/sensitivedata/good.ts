fastify.post('/prefs', async (request: any) => {
  request.session.set('theme', request.body.theme);
  const m = new Map<string, string>();
  m.set('password', 'x');
});

fastify.post('/pin', async (request: any) => {
  request.session.set('pin', request.body.pin); // want sensitivedata
  (request.session as any).ssn = request.body.ssn; // want sensitivedata
});

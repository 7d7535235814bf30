exports.plugin = {
  name: 'auth',
  async register(server) {
    server.auth.strategy('api', 'bearer-access-token', {
      accessTokenName: 'api_token',
      allowQueryToken: true, // want sessioninurl
      validate: async (request, token) => ({ isValid: await request.server.methods.checkToken(token), credentials: {} }),
    });
    server.auth.strategy('internal', 'bearer-access-token', {
      allowQueryToken: false,
      validate: async () => ({ isValid: false }),
    });
  },
};

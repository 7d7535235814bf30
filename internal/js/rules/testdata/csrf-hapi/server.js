const Hapi = require('@hapi/hapi');

async function start() {
  const server = Hapi.server({ port: 3000 });
  await server.register(require('@hapi/cookie'));
  server.auth.strategy('session', 'cookie', { // want csrf
    cookie: { name: 'sid', password: process.env.COOKIE_PASSWORD, isSecure: true, isSameSite: false }, // want cookieflags
  });
  server.auth.default('session');
  server.route([
    { method: 'GET', path: '/notes', handler: () => [] },
    { method: 'POST', path: '/notes', handler: (request) => request.payload },
  ]);
  await server.start();
}
start();

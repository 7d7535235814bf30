// Test setups run over plain HTTP with throwaway secrets and the memory
// store on purpose: no rule reports them.
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

function testApp() {
  const app = express();
  app.use(session({ secret: 'test-secret', cookie: { secure: false } }));
  app.use('/cs', cookieSession({ name: 'session', keys: ['k'] }));
  app.post('/login', (req, res) => {
    req.session.user = 'alice';
    req.session.password = 'pw';
    res.cookie('auth_token', 'x');
    res.redirect('/home?sid=' + req.sessionID);
  });
  return app;
}
module.exports = { testApp };

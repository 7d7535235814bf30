const cookieSession = require('cookie-session');
const app = require('express')();
app.use(cookieSession({ name: 'session', keys: [process.env.K], sameSite: 'lax', maxAge: 1 }));
app.post('/login', (req, res) => {
  if (check(req.body.password)) req.session.userId = 1;
  res.end();
});
app.post('/logout', (req, res) => {
  req.session = null;
  res.end();
});

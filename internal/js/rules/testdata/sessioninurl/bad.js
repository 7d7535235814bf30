const jwt = require('jsonwebtoken');
app.get('/sso', (req, res) => {
  res.redirect('/app;jsessionid=' + req.sessionID); // want sessioninurl
  res.redirect(`https://partner.example/cb?sid=${req.session.id}`); // want sessioninurl
  const token = jwt.sign({ sub: 1 }, process.env.K); // want noexpiry
  res.redirect(`/dashboard?token=${token}`); // want sessioninurl
  const url = new URL('https://x.example/');
  url.searchParams.set('access_token', accessToken); // want sessioninurl
});

// The entry point hands its passport instance to the route module.
module.exports = function (app, passport) {
  const pauth = passport.authenticate.bind(passport);
  const fail = { failureRedirect: '/login' };

  app.post('/users/session', pauth('local', fail), (req, res) => res.redirect('/')); // want fixation
  app.get('/auth/github', pauth('github', fail), (req, res) => res.end());
  app.get('/auth/github/callback', pauth('github', fail), (req, res) => res.redirect('/')); // want fixation
  app.post('/api/token', passport.authenticate('bearer', { session: false }), (req, res) => res.json({}));
};

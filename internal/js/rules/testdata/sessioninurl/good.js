app.post('/forgot', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  await mail(req.body.email, 'https://app.example/reset?token=' + token);
  res.redirect('/login?next=' + encodeURIComponent(req.originalUrl));
  res.redirect(`/invite/accept?code=${inviteCode}`);
  logger.info(`session ${req.sessionID} started`);
});

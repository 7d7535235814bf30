app.get('/x', (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('hex');
  sendMail(`https://app.example/reset-password?token=${resetToken}`);
  res.redirect(`/verify-email?token=${verificationToken}`);
  res.redirect('/users/' + req.params.id);
  console.log('session ' + req.sessionID);
  const url = new URL('https://x.example/');
  url.searchParams.set('page', String(page));
});

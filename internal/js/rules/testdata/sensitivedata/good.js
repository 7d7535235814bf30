app.post('/checkout', (req, res) => {
  req.session.cardLast4 = req.body.cardNumber.slice(-4);
  req.session.user = { id: user.id, email: user.email };
  req.session.password = null;
  req.session.passwordResetRequested = true;
});

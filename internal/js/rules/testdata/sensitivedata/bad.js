app.post('/checkout', (req, res) => {
  req.session.cardNumber = req.body.cardNumber; // want sensitivedata
  req.session.cvv = req.body.cvv; // want sensitivedata
  req.session.user = { id: user.id, password: req.body.password }; // want sensitivedata
});

function keepCard(req) {
  const { cardNumber, expMonth, cvc } = req.body;
  req.session.pendingPayment = { cardNumber, expMonth, cvc }; // want sensitivedata
}

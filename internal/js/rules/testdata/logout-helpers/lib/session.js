// Helpers the routes call with the request.
exports.forgetCustomer = (req) => {
  req.session.customerId = null;
  req.session.customerEmail = null;
  req.session.cart = null;
};

exports.endSession = (req, done) => {
  req.session.destroy(done);
};

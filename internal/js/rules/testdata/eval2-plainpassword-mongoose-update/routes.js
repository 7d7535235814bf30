const Account = require('./model');

// Lookalikes: both hooks hash.
exports.reset = async (req, res) => {
  await Account.updateOne({ _id: req.params.id }, { $set: { password: req.body.password } });
  await Account.findByIdAndUpdate(req.params.id, { password: req.body.password });
  await Account.create({ email: req.body.email, password: req.body.password });
  res.sendStatus(204);
};

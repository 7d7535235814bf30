const User = require('../models/User');

// Lookalikes: save() and create() run the schema's pre('save') hook.
exports.postSignup = async (req, res) => {
  const user = new User({ email: req.body.email, password: req.body.password });
  await user.save();
  await User.create({ email: req.body.email, password: req.body.password });
  res.redirect('/');
};

exports.postUpdatePassword = async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = req.body.password;
  await user.save();
  res.redirect('/account');
};

// Query-style updates skip document middleware: stored in clear.
exports.postReset = async (req, res) => {
  const user = await User.findOne({ passwordResetToken: req.params.token });
  await User.updateOne({ _id: user._id }, { // want plainpassword
    $set: { password: req.body.password, passwordResetToken: undefined },
  });
  res.redirect('/login');
};

exports.postAdminReset = async (req, res) => {
  await User.findByIdAndUpdate(req.params.id, { password: req.body.password }); // want plainpassword
  await User.findOneAndUpdate({ email: req.body.email }, { $set: { password: req.body.newPassword } }); // want plainpassword
  await User.updateMany({ legacy: true }, { password: req.body.password }); // want plainpassword
  res.sendStatus(204);
};

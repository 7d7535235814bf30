const { User } = require('./db');
exports.register = async (req, res) => {
  const { email, password } = req.body;
  await User.create({ email, password });
  const user = await User.findOne({ where: { email } });
  user.password = req.body.newPassword;
  await user.save();
  res.sendStatus(201);
};

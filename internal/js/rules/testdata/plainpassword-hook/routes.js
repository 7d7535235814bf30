const User = require('./model');
exports.register = async (req, res) => {
  const { email, password } = req.body;
  const user = new User({ email, password });
  await user.save();
  await User.create({ email, password });
};

const User = require('./user');
const Account = require('./account');

exports.register = async (req, res) => {
  const user = new User();
  user.email = req.body.email;
  user.setPassword(req.body.password);
  await user.save(); // want plainpassword
  res.sendStatus(201);
};

exports.direct = async (req, res) => {
  const user = new User({ email: req.body.email });
  user.password = require('crypto').createHash('md5').update(req.body.password).digest('hex');
  await user.save(); // want plainpassword
  res.sendStatus(201);
};

// The account model's own method hashes with bcrypt: fine.
exports.open = async (req, res) => {
  const account = new Account();
  account.setPassword(req.body.password);
  await account.save();
  res.sendStatus(201);
};

// passport-local-mongoose's setPassword (not the app's) hashes: fine.
exports.plm = async (req, res) => {
  const member = new req.app.locals.Member({ email: req.body.email });
  await member.setPassword(req.body.password);
  await member.save();
  res.sendStatus(201);
};

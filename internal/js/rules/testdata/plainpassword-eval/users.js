// Item 1: assignment to user.password, save later in the same function.
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const router = require('express').Router();

router.post('/reset/:token', async (req, res) => {
  const user = await User.findOne({ resetToken: req.params.token });
  user.password = req.body.password;
  user.resetToken = undefined;
  user.resetTokenExpires = crypto.randomBytes(32).toString('hex');
  await user.save(); // want plainpassword
  res.sendStatus(204);
});

router.post('/password', async (req, res) => {
  const { password } = req.body;
  const account = await Account.findByPk(req.user.id);
  account.password = password;
  account.updatedBy = req.user.id;
  await account.update(); // want plainpassword
  res.sendStatus(204);
});

router.post('/change', async (req, res) => {
  const user = await usersRepository.findOneBy({ id: req.user.id });
  user.password = req.body.newPassword;
  user.changedAt = new Date();
  await usersRepository.save(user); // want plainpassword
  res.sendStatus(204);
});

router.post('/md5', async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = crypto.createHash('md5').update(req.body.password).digest('hex');
  user.touched = true;
  await user.save(); // want plainpassword
});

router.post('/ok-hashed', async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = req.body.password;
  user.password = await bcrypt.hash(user.password, 12);
  await user.save();
});

router.post('/ok-hashed-between', async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = req.body.password;
  await user.hashPassword();
  await user.save();
});

router.post('/ok-other-object', async (req, res) => {
  const user = await User.findById(req.user.id);
  const draft = {};
  draft.password = req.body.password;
  user.name = req.body.name;
  await user.save();
  validate(draft);
});

router.post('/ok-compared', async (req, res) => {
  const user = await User.findById(req.user.id);
  if (user.password !== req.body.password) return res.sendStatus(401);
  user.lastLogin = new Date();
  await user.save();
});

router.post('/ok-other-function', async (req, res) => {
  const user = await User.findById(req.user.id);
  user.password = req.body.password;
  setImmediate(async () => {
    await user.save();
  });
});

router.post('/ok-save-before', async (req, res) => {
  const user = await User.findById(req.user.id);
  await user.save();
  user.password = req.body.password;
  res.json(user);
});

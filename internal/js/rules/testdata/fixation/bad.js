const bcrypt = require('bcrypt');
const router = require('express').Router();

router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.userId = user.id; // want fixation
  res.redirect('/');
});

router.post('/login2', async (req, res) => {
  const user = await check(req.body.username, req.body.password);
  req.session.regenerate(() => {});
  req.session.user = user; // want fixation
  res.redirect('/');
});

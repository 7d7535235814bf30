const express = require('express');

const router = express.Router();

router.post('/reset-password', (req, res) => {
  const { email, password } = req.body;
  return req.app.get('db_model').User.findOne({ where: { email } })
    .then((user) => {
      user.password = req.app.get('db_model').User.hashify_password(password);
      return user.save(); // want plainpassword
    })
    .then(() => res.redirect('/login'));
});

router.post('/reset-password-slow', (req, res) => {
  const { email, password } = req.body;
  return req.app.get('db_model').User.findOne({ where: { email } })
    .then((user) => {
      user.password = req.app.get('db_model').User.slow_password(password);
      return user.save();
    })
    .then(() => res.redirect('/login'));
});

router.post('/reset-password-legacy', (req, res) => {
  const { email, password } = req.body;
  return req.app.get('db_model').User.findOne({ where: { email } })
    .then((user) => {
      user.password = req.app.get('db_model').User.encrypt_password(password);
      return user.save();
    })
    .then(() => res.redirect('/login'));
});

module.exports = router;

const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const { User, ApiClient } = require('../models');

// Lookalike: beforeCreate hashes on create.
exports.register = async (req, res) => {
  await User.create({ email: req.body.email, password: req.body.password });
  res.redirect('/login');
};

// beforeCreate does not run on update.
exports.updateProfile = async (req, res) => {
  const user = await User.findByPk(req.session.user.id);
  const changes = { email: req.body.email };
  if (req.body.password) {
    changes.password = req.body.password;
  }
  await user.update(changes); // want plainpassword
  res.redirect('/profile');
};

exports.adminReset = async (req, res) => {
  await User.update({ password: req.body.password }, { where: { id: req.params.id } }); // want plainpassword
  res.sendStatus(204);
};

// ApiClient has no hooks: the User model's hook does not cover it.
exports.createApiClient = async (req, res) => {
  await ApiClient.create({ // want plainpassword
    name: req.body.name,
    password: crypto.createHash('md5').update(req.body.password).digest('hex'),
  });
  res.sendStatus(201);
};

// Lookalike: hashed before the write.
exports.createApiClientSafe = async (req, res) => {
  await ApiClient.create({ name: req.body.name, password: await bcrypt.hash(req.body.password, 12) });
  res.sendStatus(201);
};

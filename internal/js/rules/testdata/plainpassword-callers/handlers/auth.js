const bcrypt = require('bcrypt');
const query = require('../queries');
const UserProxy = require('../proxy/user');

function generateRandomPassword() {
  return Math.random().toString(36).slice(2); // want predictableid
}

exports.signup = async (req, res) => {
  const password = await bcrypt.hash(req.body.password, 12);
  await query.users.add({ email: req.body.email, password });
  UserProxy.newAndSave(req.body.name, password, () => res.sendStatus(201));
};

exports.oidcUser = async (email) => {
  const password = generateRandomPassword();
  return query.users.add({ email, password }); // want plainpassword
};

exports.adminCreate = async (req, res) => {
  req.body.password = await bcrypt.hash(req.body.password, 12);
  await query.users.update(req.params.id, req.body);
  res.sendStatus(204);
};

exports.adminImport = async (req, res) => {
  await query.users.update(req.params.id, req.body); // want plainpassword
  res.sendStatus(204);
};

exports.legacySignup = (req, res) => {
  UserProxy.newAndSave(req.body.name, req.body.pass, () => res.sendStatus(201)); // want plainpassword
};

const bcrypt = require('bcrypt');
const userModel = require('../models/user.js');

// The model's save writes the document it is given whole ($set: user).
exports.register = function (request, response) {
  const form = request.body;
  const dbUser = { name: form.name, email: form.email, pwd: userModel.md5(form.password) };
  userModel.save(dbUser, () => response.redirect('/')); // want plainpassword
};

exports.invite = function (request, response) {
  const form = request.body;
  userModel.save({ email: form.email, password: form.password }); // want plainpassword
  response.end();
};

// Correct: a slow hash; and documents with no password.
exports.registerSafely = async function (request, response) {
  const form = request.body;
  const dbUser = { name: form.name, email: form.email, pwd: await bcrypt.hash(form.password, 12) };
  userModel.save(dbUser, () => response.redirect('/'));
};

exports.rename = function (request, response) {
  const form = request.body;
  const dbUser = { _id: form.id, name: form.name, gravatar: userModel.md5(form.email) };
  userModel.save(dbUser, () => response.end());
};

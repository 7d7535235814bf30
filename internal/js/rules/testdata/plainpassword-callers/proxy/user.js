const User = require('../models/user');

exports.newAndSave = function (name, pass, callback) {
  const user = new User();
  user.name = name;
  user.pass = pass;
  user.save(callback);
};

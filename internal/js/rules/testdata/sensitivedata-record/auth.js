const bcrypt = require('bcrypt');
const users = require('./users.json');

exports.login = (req, res) => {
  const user = users[req.body.username];
  if (user && req.body.password === user.pass) {
    req.session.regenerate((err) => {
      if (err) return res.sendStatus(500);
      req.session.user = user; // want sensitivedata
      res.redirect('/');
    });
  } else {
    res.sendStatus(401);
  }
};

exports.loginHashed = async (req, res) => {
  const user = users[req.body.username];
  if (user && (await bcrypt.compare(req.body.password, user.password))) {
    req.session.regenerate(() => {
      req.session.user = user;
      res.redirect('/');
    });
  }
};

exports.loginId = (req, res) => {
  const user = users[req.body.username];
  if (user && user.password === req.body.password) {
    req.session.regenerate(() => {
      req.session.userId = user.id;
      res.redirect('/');
    });
  }
};

exports.setup = (req, res) => {
  const user = users[req.body.username];
  if (user.pass === undefined) {
    req.session.pending = user;
  }
  res.end();
};

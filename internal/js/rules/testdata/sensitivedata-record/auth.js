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

// The password is removed from the record before it is kept.
exports.loginStripped = (req, res) => {
  const user = users[req.body.username];
  if (user && req.body.password === user.pass) {
    req.session.regenerate(() => {
      delete user.pass;
      req.session.user = user;
      res.redirect('/');
    });
  }
};

// The record holds a digest of the password, compared with the typed one's.
exports.loginDigest = (req, res) => {
  const user = users[req.body.username];
  if (user && sha1(req.body.password) === user.pass) {
    req.session.regenerate(() => {
      req.session.user = user;
      res.redirect('/');
    });
  }
};

// Removed right after the write: the session holds the same object, which
// is saved when the response ends, so the password never reaches the store.
exports.loginLate = (req, res) => {
  const user = users[req.body.username];
  if (user && req.body.password === user.pass) {
    req.session.regenerate(() => {
      req.session.user = user;
      delete user.pass;
      res.redirect('/');
    });
  }
};

function sha1(s) {
  return require('crypto').createHash('sha1').update(s).digest('hex');
}

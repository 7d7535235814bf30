var User = require('../models').User;

module.exports = function rememberMe(req, res, next) {
  var token = req.signedCookies.remember_token;
  if (req.session.userId || !token) return next();
  User.findOne({ where: { rememberToken: token } }).then(function (user) {
    if (!user) {
      res.clearCookie('remember_token');
      return next();
    }
    req.session.regenerate(function (err) {
      if (err) return next(err);
      req.session.userId = user.id;
      req.session.role = user.role;
      next();
    });
  }).catch(next);
};

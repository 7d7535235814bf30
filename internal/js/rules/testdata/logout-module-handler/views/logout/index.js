'use strict';

exports.init = function (req, res) {
  req.session.user = null; // want logout
  res.redirect('/');
};

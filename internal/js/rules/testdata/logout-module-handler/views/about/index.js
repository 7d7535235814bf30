'use strict';

// Not a logout: clearing a draft on another route.
exports.init = function (req, res) {
  req.session.user = null;
  res.render('about');
};

var Page = require('mongoose').model('Page');

exports.list = function(req, res, next) {
  Page.find({}).sort('-updatedAt').exec(function(err, pages) {
    if (err) return next(err);
    res.render('pages/list', { pages: pages });
  });
};

exports.create = function(req, res, next) {
  Page.create({ title: req.body.title, body: req.body.body, author: req.user.id }, function(err) {
    if (err) return next(err);
    res.redirect('/pages');
  });
};

exports.update = function(req, res, next) {
  Page.findByIdAndUpdate(req.params.id, { title: req.body.title, body: req.body.body }, function(err) {
    if (err) return next(err);
    res.redirect('/pages/' + req.params.id);
  });
};

exports.destroy = function(req, res, next) {
  Page.findByIdAndRemove(req.params.id, function(err) {
    if (err) return next(err);
    res.redirect('/pages');
  });
};

var express = require('express');
var Page = require('../models').Page;
var requireLogin = require('../middleware/requireLogin');

var router = express.Router();
router.use(requireLogin);

router.get('/', function (req, res, next) {
  Page.findAll({ order: [['updatedAt', 'DESC']] }).then(function (pages) {
    res.render('pages/index', { pages: pages });
  }).catch(next);
});

router.get('/:id', function (req, res, next) {
  Page.findByPk(req.params.id).then(function (page) {
    res.render('pages/edit', { page: page, previewUrl: '/preview/' + page.slug + '?v=' + page.updatedAt.getTime() });
  }).catch(next);
});

router.post('/', function (req, res, next) {
  Page.create({ title: req.body.title, slug: req.body.slug, body: req.body.body }).then(function (page) {
    res.redirect('/admin/pages/' + page.id);
  }).catch(next);
});

router.post('/:id/delete', function (req, res, next) {
  Page.destroy({ where: { id: req.params.id } }).then(function () {
    res.redirect('/admin/pages');
  }).catch(next);
});

module.exports = router;

var express = require('express');
var md5 = require('md5');
var User = require('../models').User;
var requireLogin = require('../middleware/requireLogin');

var router = express.Router();
router.use(requireLogin);

router.post('/', function (req, res, next) {
  if (req.session.role !== 'admin') return res.status(403).send('Forbidden');
  User.create({ username: req.body.username, email: req.body.email, password: md5(req.body.password), role: req.body.role || 'editor' }) // WANT: plainpassword
    .then(function () { res.redirect('/admin/users'); })
    .catch(next);
});

module.exports = router;

var express = require('express');
var requireLogin = require('../middleware/requireLogin');

var router = express.Router();
router.use(requireLogin);

// The bundled file manager (iframe) authenticates against our API with the session id.
router.get('/', function (req, res) {
  res.redirect('/vendor/filemanager/index.html?sid=' + req.sessionID); // WANT: sessioninurl
});

module.exports = router;

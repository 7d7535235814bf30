const express = require('express')
const router = express.Router()

router.get('/', function (req, res) {
  req.session.user = null // want logout
  res.redirect('/')
})

module.exports = router

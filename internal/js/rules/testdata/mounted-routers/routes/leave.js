const express = require('express')
const router = express.Router()

// Mounted at /leave: clearing a draft is not logging out.
router.get('/', function (req, res) {
  req.session.user = null
  res.redirect('/')
})

module.exports = router

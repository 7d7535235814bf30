const express = require('express')
const router = express.Router()

// Mounted at /profile: the user is refreshed after an edit, not logged in.
router.post('/', function (req, res) {
  req.session.user = Object.assign({}, req.session.user, { bio: req.body.bio })
  res.redirect('/profile')
})

module.exports = router

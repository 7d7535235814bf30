const express = require('express')
const router = express.Router()
const users = require('../users')

router.get('/', function (req, res) {
  res.render('signin')
})

router.post('/', function (req, res, next) {
  users.byName(req.body.name).then(function (user) {
    if (!user || users.digest(req.body.password) !== user.hash) {
      return res.redirect('back')
    }
    req.session.user = user // want fixation
    res.redirect('/')
  }).catch(next)
})

module.exports = router

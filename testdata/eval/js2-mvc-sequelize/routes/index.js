const express = require('express');
const users = require('../controllers/usersController');
const appointments = require('../controllers/appointmentsController');

const router = express.Router();

function requireLogin(req, res, next) {
  if (!req.session.user) return res.redirect('/login');
  next();
}

router.get('/', (req, res) => res.render('index'));
router.get('/register', users.registerForm);
router.post('/register', users.registerStep1);
router.post('/register/confirm', users.registerConfirm);
router.get('/login', users.loginForm);
router.post('/login', users.login);
router.post('/logout', users.logout);
router.get('/profile', requireLogin, users.profile);
router.put('/profile', requireLogin, users.updateProfile);
router.post('/admin/api-clients', requireLogin, users.createApiClient);

router.get('/appointments', requireLogin, appointments.index);
router.post('/appointments', requireLogin, appointments.create);
router.delete('/appointments/:id', requireLogin, appointments.cancel);

module.exports = router;

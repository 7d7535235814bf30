const router = require('express').Router();
router.post('/logout', (req, res) => {
  delete req.session.user; // want logout
  res.redirect('/');
});
function signOut(req, res) {
  req.session.userId = undefined; // want logout
  res.redirect('/');
}
module.exports = { signOut };

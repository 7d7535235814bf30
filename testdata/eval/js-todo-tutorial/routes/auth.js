const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/login', (req, res) => res.render('login', { error: null }));
router.get('/register', (req, res) => res.render('register', { error: null }));

router.post('/login', (req, res) => {
  const { username, password } = req.body;
  db.get('SELECT id, username, password FROM users WHERE username = ?', [username], (err, row) => {
    if (err) return res.status(500).send('Database error');
    if (!row || row.password !== password) {
      return res.render('login', { error: 'Invalid username or password' });
    }
    req.session.user = { id: row.id, username: row.username }; // WANT: fixation
    res.redirect('/todos');
  });
});

router.post('/register', (req, res) => {
  const { username, password } = req.body;
  if (!username || !password) {
    return res.render('register', { error: 'Username and password are required' });
  }
  db.run('INSERT INTO users (username, password) VALUES (?, ?)', [username, password], (err) => { // WANT: plainpassword
    if (err) return res.render('register', { error: 'Username already taken' });
    res.redirect('/login');
  });
});

router.post('/logout', (req, res) => {
  delete req.session.user; // WANT: logout
  res.redirect('/login');
});

module.exports = router;

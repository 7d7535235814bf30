const express = require('express');
const db = require('../db');

const router = express.Router();

function requireLogin(req, res, next) {
  if (!req.session.user) return res.redirect('/login');
  next();
}

router.use(requireLogin);

router.get('/', (req, res) => {
  db.all('SELECT * FROM todos WHERE user_id = ? ORDER BY id DESC', [req.session.user.id], (err, todos) => {
    if (err) return res.status(500).send('Database error');
    res.render('todos', { todos });
  });
});

router.post('/', (req, res) => {
  db.run('INSERT INTO todos (user_id, title) VALUES (?, ?)', [req.session.user.id, req.body.title], () => {
    res.redirect('/todos');
  });
});

router.post('/:id/toggle', (req, res) => {
  db.run('UPDATE todos SET done = 1 - done WHERE id = ? AND user_id = ?', [req.params.id, req.session.user.id], () => {
    res.redirect('/todos');
  });
});

router.post('/:id/delete', (req, res) => {
  db.run('DELETE FROM todos WHERE id = ? AND user_id = ?', [req.params.id, req.session.user.id], () => {
    res.redirect('/todos');
  });
});

module.exports = router;

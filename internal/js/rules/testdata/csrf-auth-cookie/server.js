const express = require('express');
const jwt = require('jsonwebtoken');

// Stateless JWT kept in a cookie: the browser sends it on forged requests.
const app = express();
app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, process.env.JWT_SECRET, { expiresIn: '1d' });
  res.cookie('token', token, { httpOnly: true, secure: true, maxAge: 86400000 }); // want cookieflags, csrf
  res.redirect('/');
});
app.post('/links', (req, res) => res.sendStatus(201));
app.patch('/links/:id', (req, res) => res.sendStatus(204));

const express = require('express');
const session = require('express-session');
const sessionConfig = require('./config/session');
const app = express();

app.use(session(sessionConfig)); // want memstore, noexpiry, csrf
app.post('/profile', (req, res) => res.send('ok'));

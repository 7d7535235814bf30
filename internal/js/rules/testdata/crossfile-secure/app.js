const express = require('express');
const session = require('express-session');
const lusca = require('lusca');
const { sessionOptions } = require('./config/session');
// A module that does not exist and one that requires this file back must
// not stop the analysis.
const missing = require('./config/missing');
const app = express();
app.use(session(sessionOptions));
app.use(session(missing.options));
app.use(lusca.csrf());
app.post('/profile', (req, res) => res.send('ok'));
module.exports = app;

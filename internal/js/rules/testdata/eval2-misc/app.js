const express = require('express');
const jsonwebtoken = require('jsonwebtoken');
const lusca = require('lusca');
const config = require('./config');
const app = express();
app.use(lusca.csrf());

function signAccess(user) {
  return jsonwebtoken.sign({ sub: user.id }, config.jwt.secret, { issuer: config.jwt.issuer });
}
function getAccessToken() {
  return localToken;
}
let localToken = '';

app.get('/mobile/handoff', (req, res) => {
  res.redirect(`myapp://auth/callback?token=${signAccess(req.user)}`); // want sessioninurl
});
app.get('/export', (req, res) => {
  const url = `/api/export.csv?access_token=${getAccessToken()}`; // want sessioninurl
  res.redirect(url);
});
app.get('/theme', (req, res) => {
  res.redirect(`/settings?theme=${getTheme()}`);
});
function getTheme() { return 'dark'; }
module.exports = app;

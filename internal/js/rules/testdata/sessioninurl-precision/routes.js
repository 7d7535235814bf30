const express = require('express');
const axios = require('axios');
const jwt = require('jsonwebtoken');
const router = express.Router();
const REDACTED = '--redacted--';

router.get('/share', (req, res) => {
  res.redirect('/viewer?session=' + encodeURIComponent(req.sessionID)); // want sessioninurl
});

router.get('/legacy', (req, res) => {
  res.redirect(`/old/${req.cookies['connect.sid']}/home`); // want sessioninurl
});

router.get('/sso', (req, res) => {
  const accessToken = req.user.accessToken;
  res.redirect(`https://portal.example.com/landing?access_token=${accessToken}`); // want sessioninurl
});

// Lookalikes that must stay silent.
router.delete('/admin/sessions/:id', async (req, res) => {
  const sessionId = req.params.id;
  await axios.delete(`/api/users/me/sessions/${sessionId}`); // a resource ID in a REST path
  res.sendStatus(204);
});

function redactQuery(path) {
  const url = new URL(path, 'http://localhost/');
  if (url.searchParams.has('access_token')) url.searchParams.set('access_token', REDACTED);
  return url.pathname + url.search;
}

async function sendSms(apiKey, to) {
  await axios.get(`https://sms.example.net/send?apikey=${apiKey}&to=${to}`);
}

async function facebookMe(access_token) {
  const res = await fetch('https://graph.example.com/me?fields=id&access_token=' + access_token);
  return res.json();
}

function screenshotPath(monitorId, secret) {
  return '/screenshots/' + jwt.sign(monitorId, secret) + '.png';
}

function cdpEndpoint(port, sessionId) {
  return `ws://127.0.0.1:${port}/cdp/${sessionId}`;
}

module.exports = { router, redactQuery, sendSms, facebookMe, screenshotPath, cdpEndpoint };

// Calls to other services, through wrappers and variables.
async function validateGraphToken(authData) {
  return graphRequest('me?fields=id&access_token=' + authData.access_token);
}
async function listSessions(api, apikey, group) {
  const uri = `/api/1/listSessionsOfGroup?apikey=${apikey}&groupID=${group}`;
  return api.get(uri);
}
function graphRequest(path) {
  return fetch('https://graph.example.com/' + path);
}

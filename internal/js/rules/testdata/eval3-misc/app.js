const express = require('express');
const crypto = require('crypto');
const lusca = require('lusca');
const app = express();
app.use(lusca.csrf());
const PLACEHOLDER = '{{token}}';

app.get('/legacy-dashboard', (req, res) => {
  const token = req.signedCookies.access_token;
  res.redirect(`${process.env.APP_URL}/legacy/callback#state=ok&access_token=${token}`); // want sessioninurl
});
app.get('/docs', (req, res) => {
  res.redirect(`/docs/example?access_token=${PLACEHOLDER}`);
});
app.post('/password/change', (req, res) => {
  req.session.pendingPassword = req.body.password; // want sensitivedata
  req.session.passwordChangedAt = Date.now();
  res.redirect('/password/confirm');
});

exports.verificationToken = function (email) {
  return crypto.createHash('md5').update(email + ':' + Date.now()).digest('hex'); // want predictableid
};
exports.resetToken = function () {
  return crypto.randomBytes(32).toString('hex');
};
exports.getToken = function (req) {
  return req.signedCookies.access_token;
};

class MagicLinks {
  // A timestamp for replay protection, hashed with a secret: not a token
  // generator, whatever the method is called.
  _createHashFromOTCAndToken(otc, token) {
    const timestamp = Math.floor(Date.now() / 1000);
    return crypto.createHmac('sha256', process.env.OTC_SECRET).update(`${otc}:${token}:${timestamp}`).digest('hex');
  }
}
exports.MagicLinks = MagicLinks;

var nodemailer = require('nodemailer');
var secrets = require('../config/secrets');

var transporter = nodemailer.createTransport(secrets.smtp);
var base = process.env.BASE_URL || 'http://localhost:3000';

exports.sendVerification = function(to, token, cb) {
  transporter.sendMail({
    to: to,
    from: secrets.mailFrom,
    subject: 'Verify your account',
    text: 'Open ' + base + '/verify/' + token + ' to verify your e-mail.'
  }, cb);
};

exports.sendReset = function(to, token, cb) {
  transporter.sendMail({
    to: to,
    from: secrets.mailFrom,
    subject: 'Reset your password',
    text: 'Open ' + base + '/reset/' + token + ' to choose a new password.'
  }, cb);
};

module.exports = {
  name: 'clinic.sid',
  secret: 'cl1n1c-b00k1ng-s3ss10n', // WANT: hardcodedsecret
  resave: false,
};

var crypto = require('crypto');

exports.resetToken = function(cb) {
  crypto.randomBytes(16, function(err, buf) {
    if (err) return cb(err);
    cb(null, buf.toString('hex'));
  });
};

exports.verificationToken = function(email) {
  return crypto.createHash('md5').update(email + ':' + Date.now()).digest('hex'); // WANT: predictableid
};

exports.cacheBuster = function() {
  return Date.now().toString(36);
};

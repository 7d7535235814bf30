const crypto = require('crypto');
const mongodb = require('./mongodb.js');
exports.md5 = function (data) {
  return crypto.createHash('md5').update(data).digest('hex');
};
exports.save = function (pUser, handler) {
  const user = pUser;
  mongodb.collections['user'].updateOne({ email: user.email }, { $set: user }, { upsert: true }, handler);
};

const crypto = require('crypto');
const { ObjectId } = require('mongodb');

const ALGORITHM = 'aes-256-gcm';

module.exports = {
  generateToken: function () {
    const stamp = '' + new Date().getTime(); // want predictableid
    return crypto.createHash('md5').update(stamp).digest('hex');
  },
  createWriteKey: function (id, rev) {
    return crypto.createHash('md5').update(id + rev + Math.random()).digest('hex'); // want predictableid
  },
  generateAPIKey: function (id, done) {
    const stamp = Date.now().toString(); // want predictableid
    const hash = crypto.createHash('sha1').update(stamp + id).digest('hex');
    this.store.update(id, { api_key: hash }, done);
  },
  rotateKey: async function (db, userId) {
    await db.users.updateOne({ _id: ObjectId(userId) }, { $set: { apiKey: new ObjectId() } }); // want predictableid
  },
  verifyToken: function (stored, token, expires) {
    return stored === token && expires > Date.now();
  },
  encrypt: function (key, text) {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
    return Buffer.concat([iv, cipher.update(text), cipher.final()]).toString('base64');
  },
  protect: function (key, user) {
    return { accessToken: this.encrypt(key, user.token) };
  },
  eventTime: function (event) {
    return { sessionTime: new Date(event.created_at).getTime() };
  },
};

// Sequence numbers in exported records.
let n = 0;
module.exports.feed = (type, data) => ({ type, data, token: `t${n++}` });

// An expiry signed with an HMAC: unguessable without the key.
function computeSignature(payload) {
  return require('crypto').createHmac('sha256', process.env.SECRET).update(payload).digest('hex');
}
module.exports.signUploadKey = (key) => {
  const expiry = Math.floor(Date.now() / 1000) + 3600;
  const token = `${expiry}.${computeSignature(`${key}:${expiry}`)}`;
  return token;
};

const { v4: uuidv4 } = require('uuid');

// Strong sources cut short.
module.exports.pairing = () => {
  const tempToken = uuidv4().split('-').slice(0, 3).join(''); // want predictableid
  const shortToken = crypto.randomBytes(16).toString('hex').slice(0, 8); // want predictableid
  const sessionId = crypto.randomUUID().replace(/-/g, '');
  const resetToken = crypto.randomBytes(32).toString('hex').slice(0, 32);
  return { tempToken, shortToken, sessionId, resetToken };
};

module.exports = {
  redis: null,
  login(username, password, cb) {
    cb(null, { id: 1, username, ok: password.length > 0 });
  },
};

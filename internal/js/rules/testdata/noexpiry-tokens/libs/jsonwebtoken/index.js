// A vendored copy of the library.
module.exports = { sign() {}, verify() {} };

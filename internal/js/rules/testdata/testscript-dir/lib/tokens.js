// Production code beside the test folder.
module.exports.resetToken = function () {
  const resetToken = Math.random().toString(36).slice(2); // want predictableid
  return resetToken;
};

// A test helper: the folder the test script runs holds no production code.
module.exports = function registerUser(browser) {
  const password = 'pw' + Math.random();
  const token = Math.random().toString(36).slice(2);
  return browser.post('/register', { password, token });
};

// A script the test command runs first: its folder is not a test folder.
const sessionToken = Date.now().toString(36); // want predictableid
module.exports = sessionToken;

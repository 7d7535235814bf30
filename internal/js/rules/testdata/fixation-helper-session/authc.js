// Helpers that take the session and write or clear who is logged in.
function setPrincipal(session, profile, callback) {
  session.principal = { id: profile.id, objectType: profile.objectType };
  callback(null);
}

function rememberUser(req, user) {
  req.session.lastSeen = Date.now();
  req.session.userId = user.id;
}

function setTheme(session, theme) {
  session.theme = theme;
}

module.exports = { setPrincipal, rememberUser, setTheme };

function clearPrincipal(session, callback) {
  delete session.principal;
  callback(null);
}

function endSession(session, callback) {
  session.destroy(callback);
}

module.exports.clearPrincipal = clearPrincipal;
module.exports.endSession = endSession;

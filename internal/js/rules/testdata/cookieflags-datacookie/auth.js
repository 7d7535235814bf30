function getSessionsInCookie(ctx) {
  try {
    return JSON.parse(decodeURIComponent(ctx.cookies.get('sessions') || '{}'));
  } catch (err) {
    return {};
  }
}

// A list of the teams signed in, for a team switcher: display data in a
// cookie whose name says sessions, not a credential.
function rememberTeam(ctx, team) {
  const existing = getSessionsInCookie(ctx);
  const sessions = encodeURIComponent(
    JSON.stringify({ ...existing, [team.id]: { name: team.name, logoUrl: team.avatarUrl, url: team.url } })
  );
  ctx.cookies.set('sessions', sessions, { httpOnly: false, expires: new Date(Date.now() + 90 * 864e5) });
}

// Serialised objects that carry a credential stay auth cookies.
function saveSession(ctx, user, token) {
  ctx.cookies.set('session', JSON.stringify({ userId: user.id, token }), { httpOnly: false }); // want cookieflags
  ctx.cookies.set('sessions', encodeURIComponent(JSON.stringify({ [user.id]: { name: user.name, accessToken: token } })), { httpOnly: false }); // want cookieflags
}

module.exports = { rememberTeam, saveSession };

// A hand-written session layer that also takes the ID from the URL.
async function sessionLayer(ctx, next) {
  const sid = ctx.cookies.get('sid') || ctx.query.sid; // want sessioninurl
  const page = Number(ctx.query.page || 1);
  ctx.state.session = sid ? await ctx.tokens.get(sid) : null;
  ctx.state.page = page;
  await next();
}

function resetForm(req, res) {
  res.render('reset', { token: req.query.token });
}

module.exports = { sessionLayer, resetForm };

// One-time activation links are mailed by design.
function activationMail(base, token, name) {
  return '<a href="' + base + '/active_account?key=' + token + '&name=' + name + '">activate</a>';
}

module.exports.activationMail = activationMail;

const APP_URL = process.env.APP_URL;

// After OAuth, a TOTP step: the pending login token rides in the path.
function oauthDone(req, res, token) {
  if (token.needsTotp) {
    return res.redirect(`${APP_URL}/auth/totp/${token.loginToken}`); // want sessioninurl
  }
  return res.redirect(`/users/${req.user.id}`);
}

module.exports.oauthDone = oauthDone;

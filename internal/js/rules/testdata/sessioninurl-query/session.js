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

const { addMonths, addDays } = require('date-fns');

// The token is made to expire with the cookie: a cookie named for an
// access token does not carry a shorter lifetime of its own here.
async function signedIn(ctx, user, service) {
  const expires = addMonths(new Date(), 3);
  ctx.cookies.set('accessToken', user.getSessionToken(expires, service), {
    sameSite: 'lax',
    expires, // want noexpiry
  });
}

async function exchanged(ctx, user, service) {
  const expires = addMonths(new Date(), 3);
  const jwtToken = user.getSessionToken(expires, service);
  ctx.cookies.set('accessToken', jwtToken, {
    sameSite: 'lax',
    expires, // want noexpiry
  });
}

// Lookalikes: an access-token cookie whose token is made elsewhere (it
// carries its own expiry), and one made with a short date of its own.
async function refreshed(ctx, tokens) {
  const expires = addMonths(new Date(), 3);
  ctx.cookies.set('accessToken', tokens.accessToken, { sameSite: 'lax', expires });
}

async function shortLived(ctx, user, service) {
  const expires = addMonths(new Date(), 3);
  ctx.cookies.set('accessToken', user.getSessionToken(addDays(new Date(), 1), service), { sameSite: 'lax', expires });
}

module.exports = { signedIn, exchanged, refreshed, shortLived };

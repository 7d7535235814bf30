const { addMonths, addDays, addHours } = require('date-fns');

async function signedIn(ctx, user) {
  const expires = addMonths(new Date(), 3);
  ctx.cookies.set('session', await user.sessionToken(), {
    httpOnly: true,
    sameSite: 'lax',
    expires, // want noexpiry
  });
  ctx.cookies.set('session_hint', user.id, { expires: addDays(new Date(), 7), httpOnly: true, sameSite: 'lax' });
  ctx.cookies.set('lastSignedIn', 'email', { expires: addMonths(new Date(), 12) });
  ctx.cookies.set('auth', await user.sessionToken(), { expires: addHours(new Date(), 12), httpOnly: true, sameSite: 'lax' });
}

module.exports = { signedIn };

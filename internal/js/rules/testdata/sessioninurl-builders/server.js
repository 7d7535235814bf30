const jwt = require('jsonwebtoken');
const querystring = require('querystring');
const url = require('url');

function buildUrl(base, params) {
  return base + '?' + querystring.stringify(params);
}

// After an OAuth login the login JWT goes back in the redirect's query.
exports.oauthCallback = async function (ctx, user, redirect) {
  const token = jwt.sign({ uid: user.id }, process.env.JWT_KEY, { expiresIn: '7d' });
  ctx.redirect(buildUrl(redirect, { token })); // want sessioninurl
};

exports.profileLink = function (ctx, user) {
  const token = jwt.sign({ uid: user.id }, process.env.JWT_KEY, { expiresIn: '7d' });
  return url.format({ pathname: '/ui/profile', query: { token } }); // want sessioninurl
};

// Fine: a page number and a search term; an OAuth state that is random.
exports.listLink = function (page, q) {
  return buildUrl('/comments', { page, q });
};
exports.oauthStart = function (ctx, state) {
  ctx.redirect(buildUrl('https://oauth.example.org/authorize', { state, client_id: process.env.CLIENT_ID }));
};
exports.toJSON = function (user) {
  return JSON.stringify({ id: user.id, name: user.name });
};

// Fine: a refresh token in an OAuth token request's form body, and another
// service's key, which it takes in the query by design.
exports.refresh = async function (refreshToken) {
  return fetch('https://oauth.example.org/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
};
exports.quotes = async function (apiKey) {
  const query = new URLSearchParams({ api_token: apiKey, fmt: 'json' });
  return fetch(`https://eod.example.org/api/real-time?${query}`);
};

// ufo's stringifyQuery and a serializer of the app's own: the login token
// in the redirect's query.
const { stringifyQuery } = require('ufo');
function serializeParams(params) {
  return Object.keys(params).map((k) => k + '=' + encodeURIComponent(params[k])).join('&');
}
exports.signinCallback = async function (event, sendRedirect, user) {
  const token = jwt.sign({ uid: user.id }, process.env.JWT_KEY, { expiresIn: '7d' });
  await sendRedirect(event, `/signin/callback?${stringifyQuery({ server: 'a', token })}`, 302); // want sessioninurl
};
exports.accountLink = function (user) {
  const token = jwt.sign({ uid: user.id }, process.env.JWT_KEY, { expiresIn: '7d' });
  return '/account?' + serializeParams({ token }); // want sessioninurl
};
exports.searchLink = function (q) {
  return `/search?${stringifyQuery({ q, page: 1 })}`;
};

// One-time links: the path names what the token is for.
exports.confirmLink = function (makeUrl, user) {
  const token = jwt.sign({ uid: user.id }, process.env.MAIL_KEY, { expiresIn: '2d' });
  return makeUrl(['api', 'sign_up_confirm'], { token });
};
exports.forgetLink = function (makeUrl, user) {
  const token = jwt.sign({ uid: user.id }, process.env.MAIL_KEY, { expiresIn: '12h' });
  return makeUrl(['api', 'forget_confirm'], { token });
};

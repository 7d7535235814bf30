// Signed links and examples, not this app's session tokens.
export function uploadUrl(key, signUploadKey) {
  const token = signUploadKey(key);
  return `/api/storage/upload/${key}?token=${token}`;
}

export function ApiHelp({ accessToken, getUrl }) {
  return <pre>curl '{getUrl(`api/lists?access_token=${accessToken}&limit=10`)}'</pre>;
}

export function Download({ accessToken }) {
  return <a href={`/api/export?access_token=${accessToken}`}>export</a>; // want sessioninurl
}

export function gist(user, body) {
  let token = '';
  if (user.githubToken) {
    token = '?access_token=' + user.githubToken;
  }
  $.ajax({ type: 'POST', url: 'https://api.example.com/gists' + token, data: body });
}

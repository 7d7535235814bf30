const REVOKE_URL = 'https://graph.example.com/me/permissions';

// Revoking a provider's token at the provider: the URL is the provider's.
async function revoke(provider, token) {
  let finalURL;
  switch (provider) {
    case 'graph':
      finalURL = `${REVOKE_URL}?access_token=${encodeURIComponent(token)}`;
      break;
    default:
      return null;
  }
  return fetch(finalURL, { method: 'DELETE' });
}

module.exports = { revoke };

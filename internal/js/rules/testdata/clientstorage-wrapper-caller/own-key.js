const TOKEN_KEY = 'dashboard.jwt';

// The helper writes under its own token key: the finding is its write,
// not again at each caller.
export function rememberSession(jwt) {
  localStorage.setItem(TOKEN_KEY, jwt); // want clientstorage
}

export async function signIn(api, creds) {
  const data = await api.login(creds);
  rememberSession(data.accessToken);
  return data;
}

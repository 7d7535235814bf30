// Small helpers around Web Storage for UI preferences.
const PREFIX = 'md:';

export function savePref(key, value) {
  localStorage.setItem(PREFIX + key, JSON.stringify(value));
}

export function loadPref(key, fallback) {
  const raw = localStorage.getItem(PREFIX + key);
  return raw == null ? fallback : JSON.parse(raw);
}

export const TOKEN_KEY = 'md:jwt';

export function rememberSession(jwt) {
  localStorage.setItem(TOKEN_KEY, jwt); // WANT: clientstorage
}

export function forgetSession() {
  localStorage.removeItem(TOKEN_KEY);
  sessionStorage.clear();
}

// Storage keys kept in a constants object, as larger front ends do.
const STORAGE_KEYS = { TOKEN: 'jwtToken', THEME: 'theme', USER_INFO: 'userInfo' };

export function saveLogin(data) {
  localStorage.setItem(STORAGE_KEYS.TOKEN, data.jwt); // want clientstorage
  localStorage.setItem(STORAGE_KEYS.THEME, data.theme);
}

import { saveItem, setHeader } from './storage';
import { AUTH_TOKEN as _unused, PREFS_THEME, STORAGE_KEY } from './constants';

export function keep(res: { accessToken: string; theme: string }) {
  saveItem(STORAGE_KEY, res.accessToken); // want clientstorage
  saveItem(PREFS_THEME, res.accessToken);
  saveItem(STORAGE_KEY, res.theme);
  setHeader(res.accessToken);
}

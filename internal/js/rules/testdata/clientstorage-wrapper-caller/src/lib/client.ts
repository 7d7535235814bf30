import { cacheItem, setItem } from '@/lib/storage';
import { AUTH_TOKEN, THEME_CONFIG, TOKEN_LABEL } from './constants';

export function setClientAuthToken(token: string) {
  setItem(AUTH_TOKEN, token); // want clientstorage
}

export function lookalikes(token: string, label: string) {
  setItem(THEME_CONFIG, 'dark');
  setItem(TOKEN_LABEL, label);
  cacheItem(AUTH_TOKEN, token);
}

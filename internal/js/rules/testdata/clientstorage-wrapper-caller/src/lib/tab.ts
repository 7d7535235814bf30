import { setItem } from './storage';

export function keepForTab(t: string) {
  setItem('session_token', t, true); // want clientstorage
}

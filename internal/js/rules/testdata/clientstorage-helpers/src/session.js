import createStorage, { save, remember } from './storage';
import { version } from '../package.json';

export const tokenStore = createStorage(`app_token_${version}`);
export const filters = createStorage(`app_filters_${version}`, {});

export function onLogin(res) {
  save('auth_token', res.data.token); // want clientstorage
  save('theme', 'dark');
  remember('last_view', 'grid');
}

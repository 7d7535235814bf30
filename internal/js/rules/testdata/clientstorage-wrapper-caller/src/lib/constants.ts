export const AUTH_TOKEN = 'app.auth';
export const THEME_CONFIG = 'app.theme';
export const TOKEN_LABEL = 'app.token-name';
export const STORAGE_KEY = 'app.s';
export const PREFS_THEME = 'app.theme';

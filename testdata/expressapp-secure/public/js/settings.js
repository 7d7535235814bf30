// Browser code: UI state only.
function saveTheme(theme) {
  localStorage.setItem('theme', theme);
  sessionStorage.setItem('lastTab', 'profile');
}

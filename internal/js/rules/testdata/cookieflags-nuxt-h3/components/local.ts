// Outside server/, a function of that name is the app's own.
function setCookie(name: string, value: string) {
  document.title = name + value;
}
export function remember(token: string) {
  setCookie('auth_token', token);
}

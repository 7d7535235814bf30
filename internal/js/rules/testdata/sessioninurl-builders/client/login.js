export function backToReferrer(referrer) {
  const redirectURL = new URL(referrer);
  const token = localStorage.getItem('TOKEN') ?? sessionStorage.getItem('TOKEN');
  if (token) {
    redirectURL.searchParams.set('token', token); // want sessioninurl
  }
  window.location.href = redirectURL.toString();
}

// Fine: a theme read from storage.
export function withTheme(u) {
  const theme = localStorage.getItem('theme');
  u.searchParams.set('theme', theme);
  return u;
}

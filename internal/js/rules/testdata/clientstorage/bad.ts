export function save(accessToken: string): void {
  window.localStorage.setItem('access_token', accessToken); // want clientstorage
}

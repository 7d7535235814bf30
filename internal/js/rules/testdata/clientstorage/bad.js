localStorage.setItem('jwt', token); // want clientstorage
window.sessionStorage.setItem('session_id', data.sid); // want clientstorage
localStorage.authToken = response.token; // want clientstorage
localStorage['refresh_token'] = tokens.refresh; // want clientstorage
localStorage.setItem('user', data.accessToken); // want clientstorage

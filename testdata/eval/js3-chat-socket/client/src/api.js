import { io } from 'socket.io-client';

const TOKEN_KEY = 'chat.authToken';

export async function login(username, password) {
  const res = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': window.__CSRF__ },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error('login failed');
  const data = await res.json();
  localStorage.setItem(TOKEN_KEY, data.socketToken); // WANT: clientstorage
  localStorage.setItem('chat.username', data.user.name);
  return data.user;
}

export function connect() {
  const token = localStorage.getItem(TOKEN_KEY);
  return io({ withCredentials: true, auth: { token } });
}

export function logout() {
  localStorage.removeItem(TOKEN_KEY);
  return fetch('/auth/logout', { method: 'POST', credentials: 'include' });
}

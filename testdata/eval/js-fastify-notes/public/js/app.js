// Front-end for fastify-notes (served as a static file)
let csrfToken = null;

async function getCsrf() {
  if (!csrfToken) {
    const res = await fetch('/api/csrf', { credentials: 'same-origin' });
    csrfToken = (await res.json()).token;
  }
  return csrfToken;
}

async function api(path, options = {}) {
  const headers = { 'content-type': 'application/json', 'csrf-token': await getCsrf(), ...options.headers };
  const res = await fetch(path, { credentials: 'same-origin', ...options, headers });
  if (!res.ok) throw new Error(`${res.status}`);
  return res.status === 204 ? null : res.json();
}

export async function createPersonalToken(name) {
  const { token } = await api('/api/tokens', { method: 'POST', body: JSON.stringify({ name }) });
  // the browser extension picks it up from here
  localStorage.setItem('notes.apiToken', token); // WANT: clientstorage
  return token;
}

export function setSortOrder(order) {
  localStorage.setItem('notes:sort', order);
}

export function saveDraft(draft) {
  sessionStorage.setItem('notes:draft', JSON.stringify(draft));
}

export function restoreUi() {
  document.body.dataset.sort = localStorage.getItem('notes:sort') ?? 'updated';
  const draft = sessionStorage.getItem('notes:draft');
  if (draft) document.querySelector('#editor').value = JSON.parse(draft).body;
}

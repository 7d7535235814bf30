// Browser code: stores the JWT where any script can read it.
async function login(email, password) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  const data = await res.json();
  localStorage.setItem('token', data.token);
  localStorage.setItem('theme', 'dark');
}

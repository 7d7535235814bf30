localStorage.setItem('theme', 'dark');
sessionStorage.setItem('cart', JSON.stringify(cart));
localStorage.setItem('token', '');
localStorage.removeItem('token');
localStorage.setItem('tokenExpiresAt', String(expiresAt));
const cache = new Map<string, string>();
cache.set('token', token);

import { useState } from 'react';

const TOKEN_KEY = 'md:token';

export function Settings({ api }: { api: any }) {
  const [tokenName, setTokenName] = useState('');

  const create = async () => {
    const { data } = await api.post('/me/tokens', { name: tokenName });
    // Lookalikes: a token's display label, title and list of ids.
    sessionStorage.setItem('md:lastTokenName', tokenName);
    localStorage.setItem('apiKeyLabel', data.label);
    localStorage.setItem('authTokenTitle', 'CI deploy');
    localStorage.setItem('tokenIds', JSON.stringify(data.ids));
    localStorage.setItem('md:tokensCreatedAt', new Date().toISOString());
    localStorage.setItem('draft', tokenName);
    // The tokens themselves stay reported.
    localStorage.setItem('token', data.token); // want clientstorage
    localStorage.setItem('authToken', data.token); // want clientstorage
    sessionStorage.setItem('jwt', data.jwt); // want clientstorage
    localStorage.setItem('accessToken', data.accessToken); // want clientstorage
    localStorage.setItem(TOKEN_KEY, data.token); // want clientstorage
    localStorage.setItem('md:token', data.token); // want clientstorage
  };

  return <button onClick={create}>Create</button>;
}

import { useState } from 'react';
import { api } from '../api/client';
import { useTheme } from '../hooks/usePersistentState';

export default function Settings() {
  const [theme, setTheme] = useTheme();
  const [tokenName, setTokenName] = useState('');
  const [newToken, setNewToken] = useState<string | null>(null);

  const createPersonalToken = async () => {
    const { data } = await api.post('/me/tokens', { name: tokenName });
    // shown once; we keep only the display name and creation date for the list
    setNewToken(data.token);
    sessionStorage.setItem('md:lastTokenName', tokenName);
    localStorage.setItem('md:tokensCreatedAt', new Date().toISOString());
  };

  return (
    <section>
      <h2>Appearance</h2>
      <select value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')}>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <h2>Personal access tokens</h2>
      <input value={tokenName} onChange={(e) => setTokenName(e.target.value)} placeholder="Token name" />
      <button onClick={createPersonalToken}>Create</button>
      {newToken && <code className="once">{newToken}</code>}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, setAccessToken } from '../api/client';

export default function Callback() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const expected = sessionStorage.getItem('oauth_state');
    if (!params.get('code') || params.get('state') !== expected) {
      setError('Sign-in was interrupted, please try again.');
      return;
    }
    const verifier = sessionStorage.getItem('pkce_verifier');
    api
      .post('/auth/oauth/exchange', { code: params.get('code'), verifier })
      .then(({ data }) => {
        setAccessToken(data.accessToken);
        window.localStorage.authToken = data.accessToken; // WANT: clientstorage
        sessionStorage.removeItem('pkce_verifier');
        sessionStorage.removeItem('oauth_state');
        navigate(sessionStorage.getItem('md:returnTo') ?? '/');
      })
      .catch(() => setError('Could not complete sign-in.'));
  }, [navigate]);

  return <div className="callback">{error ?? 'Signing you in…'}</div>;
}

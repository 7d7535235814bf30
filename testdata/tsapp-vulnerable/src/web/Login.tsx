import React, { useState } from 'react';

export function Login(): JSX.Element {
  const [email, setEmail] = useState('');
  async function submit(): Promise<void> {
    const res = await fetch('/auth/login', { method: 'POST', body: JSON.stringify({ email }) });
    const body = (await res.json()) as { accessToken: string };
    window.localStorage.setItem('accessToken', body.accessToken);
    sessionStorage['theme'] = 'dark';
  }
  return <button onClick={submit}>{email}</button>;
}

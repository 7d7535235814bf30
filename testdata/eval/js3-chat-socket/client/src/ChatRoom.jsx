import React, { useEffect, useState } from 'react';
import { connect } from './api';

export default function ChatRoom({ room, inviteToken }) {
  const [messages, setMessages] = useState([]);
  const [draft, setDraft] = useState(() => sessionStorage.getItem(`draft:${room}`) || '');

  useEffect(() => {
    const socket = connect();
    socket.emit('join', room);
    socket.on('message', (m) => setMessages((prev) => [...prev, m]));
    return () => socket.disconnect();
  }, [room]);

  useEffect(() => {
    sessionStorage.setItem(`draft:${room}`, draft);
  }, [room, draft]);

  useEffect(() => {
    // arriving from a "continue on your phone" link: keep the handed-off session id
    const params = new URLSearchParams(window.location.search);
    if (params.get('sid')) {
      sessionStorage.sid = params.get('sid'); // WANT: clientstorage
    }
    if (inviteToken) sessionStorage.setItem('lastInviteRoom', room);
  }, [room, inviteToken]);

  function toggleTheme() {
    const next = document.body.dataset.theme === 'dark' ? 'light' : 'dark';
    document.body.dataset.theme = next;
    localStorage.setItem('chat.theme', next);
  }

  return (
    <div>
      <button onClick={toggleTheme}>theme</button>
      <ul>{messages.map((m, i) => <li key={i}>{m.from}: {m.text}</li>)}</ul>
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
    </div>
  );
}

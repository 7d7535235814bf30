import { useState } from 'react';

type Toast = { id: string; text: string };

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = (text: string) => {
    const id = Math.random().toString(36).slice(2);
    setToasts((t) => [...t, { id, text }]);
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), 4000 + Math.random() * 500);
  };
  return { toasts, push };
}

export function ToastStack({ toasts }: { toasts: Toast[] }) {
  return (
    <ul className="toasts">
      {toasts.map((t) => (
        <li key={t.id}>{t.text}</li>
      ))}
    </ul>
  );
}

import { useEffect, useState } from 'react';
import { loadPref, savePref } from '../utils/storage';

export function usePersistentState<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => loadPref(key, initial));
  useEffect(() => {
    savePref(key, value);
  }, [key, value]);
  return [value, setValue] as const;
}

export function useTheme() {
  const [theme, setTheme] = usePersistentState<'light' | 'dark'>('theme', 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('theme', theme);
  }, [theme]);
  return [theme, setTheme] as const;
}

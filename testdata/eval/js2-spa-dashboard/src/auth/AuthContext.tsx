import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setAccessToken } from '../api/client';
import { rememberSession, forgetSession } from '../utils/storage';

type User = { id: string; email: string; name: string; orgId: string };

type AuthState = {
  user: User | null;
  login: (email: string, password: string, remember: boolean) => Promise<void>;
  logout: () => Promise<void>;
};

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    api.get('/me').then((res) => setUser(res.data)).catch(() => setUser(null));
  }, []);

  const login = useCallback(async (email: string, password: string, remember: boolean) => {
    const { data } = await api.post('/auth/login', { email, password });
    setAccessToken(data.accessToken);
    if (remember) {
      rememberSession(data.accessToken);
    }
    sessionStorage.setItem('refreshToken', data.refreshToken); // WANT: clientstorage
    localStorage.setItem('md:lastEmail', email);
    localStorage.setItem('md:lastOrg', data.user.orgId);
    setUser(data.user);
  }, []);

  const logout = useCallback(async () => {
    await api.post('/auth/logout');
    setAccessToken(null);
    forgetSession();
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

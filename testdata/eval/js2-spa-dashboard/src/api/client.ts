import axios from 'axios';

export const API_BASE = import.meta.env.VITE_API_BASE ?? 'https://api.metrics.example.com';

let accessToken: string | null = null;

export function setAccessToken(token: string | null) {
  accessToken = token;
}

export function getAccessToken() {
  return accessToken;
}

export const api = axios.create({ baseURL: API_BASE, withCredentials: true });

api.interceptors.request.use((config) => {
  if (accessToken) {
    config.headers.Authorization = `Bearer ${accessToken}`;
  }
  return config;
});

api.interceptors.response.use(undefined, async (error) => {
  const original = error.config;
  if (error.response?.status === 401 && !original._retried) {
    original._retried = true;
    // the refresh token lives in an httpOnly cookie set by the API
    const { data } = await axios.post(`${API_BASE}/auth/refresh`, null, { withCredentials: true });
    setAccessToken(data.accessToken);
    return api(original);
  }
  throw error;
});

export async function searchMetrics(q: string, page = 1) {
  const res = await fetch(`${API_BASE}/metrics/search?q=${encodeURIComponent(q)}&page=${page}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
    credentials: 'include',
  });
  return res.json();
}

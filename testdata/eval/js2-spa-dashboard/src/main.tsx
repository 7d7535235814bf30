import React from 'react';
import ReactDOM from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { setAccessToken } from './api/client';
import { TOKEN_KEY } from './utils/storage';
import Callback from './pages/Callback';
import Settings from './pages/Settings';

const remembered = localStorage.getItem(TOKEN_KEY);
if (remembered) setAccessToken(remembered);

sessionStorage.setItem('md:returnTo', window.location.pathname);

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/callback" element={<Callback />} />
          <Route path="/settings" element={<Settings />} />
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  </React.StrictMode>,
);

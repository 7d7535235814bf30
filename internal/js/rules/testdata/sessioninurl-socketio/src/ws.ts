import { io as connectTo } from 'socket.io-client';
import { auth } from './auth';

export function open(namespace: string) {
  return connectTo(`/${namespace}`, {
    query: {
      token: auth.token, // want sessioninurl
    },
  });
}

export function openWithAuth(namespace: string) {
  // The handshake packet, not the URL.
  return connectTo(`/${namespace}`, { auth: { token: auth.token }, query: { lang: 'en' } });
}

export function openPublic() {
  return connectTo('/public', { query: { token: 'public-widget' } });
}

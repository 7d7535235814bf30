import { UserManager, WebStorageStateStore, InMemoryWebStorage } from 'oidc-client-ts';

// The signed-in user's tokens in localStorage.
export const manager = new UserManager({
  authority: 'https://id.example.com',
  client_id: 'spa',
  redirect_uri: window.location.origin,
  userStore: new WebStorageStateStore({ store: window.localStorage }), // want clientstorage
});

// In memory: fine; and the state store holds only the request's state.
export const memoryManager = new UserManager({
  authority: 'https://id.example.com',
  client_id: 'spa',
  redirect_uri: window.location.origin,
  userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  stateStore: new WebStorageStateStore({ store: window.localStorage }),
});

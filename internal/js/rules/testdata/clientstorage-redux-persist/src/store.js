import { configureStore, combineReducers } from '@reduxjs/toolkit';
import storage from 'redux-persist/lib/storage';
import sessionStorage from 'redux-persist/lib/storage/session';
import { persistReducer, persistStore } from 'redux-persist';
import authReducer from './authSlice';
import uiReducer from './uiSlice';

// The auth slice (with the login token) persisted to localStorage.
const persistConfig = { // want clientstorage
  key: 'root',
  storage,
  whitelist: ['auth', 'ui'],
};
const rootReducer = combineReducers({ auth: authReducer, ui: uiReducer });
export const store = configureStore({ reducer: persistReducer(persistConfig, rootReducer) });
export const persistor = persistStore(store);

// The auth slice persisted on its own, to sessionStorage.
export const authOnly = persistReducer({ key: 'auth', storage: sessionStorage }, authReducer); // want clientstorage

// Only the UI preferences are persisted.
export const uiOnly = persistReducer({ key: 'root', storage, whitelist: ['ui'] }, rootReducer);

import { csrfSync } from 'csrf-sync';
export const { csrfSynchronisedProtection } = csrfSync();

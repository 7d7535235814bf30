import { v1 } from 'uuid';
export const makeToken = (): string => v1(); // want predictableid

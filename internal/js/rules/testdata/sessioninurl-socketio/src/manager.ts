import { Manager } from 'socket.io-client';

export function openManager(jwt: string) {
  return new Manager('/', { query: { jwt } }); // want sessioninurl
}

export * from './cookies';
export { signing as signingKeys } from './keys';

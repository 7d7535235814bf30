export const auth = { token: localStorage.getItem('auth_token') };
export const session = { id: sessionStorage.getItem('sid') };

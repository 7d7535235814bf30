import { serialize } from 'cookie';
import * as cookie from 'cookie';
import type { NextApiRequest, NextApiResponse } from 'next';
import { sign64 } from './crypto';

export function login(req: NextApiRequest, res: NextApiResponse, jwt: string) {
  res.setHeader('Set-Cookie', serialize('auth_token', jwt, { path: '/', sameSite: 'lax' })); // want cookieflags
  res.setHeader('Set-Cookie', cookie.serialize('session', jwt, { path: '/', httpOnly: true })); // want cookieflags
  res.setHeader('Set-Cookie', serialize('auth_token', jwt, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' }));
  res.setHeader('Set-Cookie', serialize('theme', 'dark', { path: '/' }));
}

export function logout(res: NextApiResponse) {
  res.setHeader('Set-Cookie', serialize('auth_token', '', { path: '/', expires: new Date(0) }));
}

// The app's own setters on the response: the name, value and options
// are the call's.
export function withApp(req: NextApiRequest, res: NextApiResponse & Record<string, any>, secret: string) {
  res.setCookie = (name: string, value: string, options: cookie.CookieSerializeOptions = {}) => {
    const signed = sign64(value, secret);
    res.setHeader('Set-Cookie', serialize(name, signed, options));
  };
  res.setPlainCookie = (name: string, value: string, options = {}) => {
    res.setHeader('Set-Cookie', serialize(name, value, options));
  };
  res.setSafeCookie = (name: string, value: string, options = { httpOnly: true, secure: true, sameSite: 'lax' as const }) => {
    res.setHeader('Set-Cookie', serialize(name, value, options));
  };
  res.clearAppCookie = (name: string) => {
    res.setHeader('Set-Cookie', serialize(name, '', { path: '/', expires: new Date(1) }));
  };

  res.setUserCookie = (id: string) => {
    res.setCookie('user', id, { sameSite: 'lax', path: '/' }); // want cookieflags
  };
  res.setCookie('user', req.query.id as string, { sameSite: 'lax', httpOnly: true, secure: true });
  res.setCookie('locale', 'en', { sameSite: 'lax' });
  res.setPlainCookie('user', 'Ada', { path: '/' });
  res.setPlainCookie('token', req.query.t as string, { path: '/', httpOnly: true }); // want cookieflags
  res.setSafeCookie('token', req.query.t as string);
  res.setPlainCookie('auth_token', req.query.t as string); // want cookieflags
  res.clearAppCookie('user');
}

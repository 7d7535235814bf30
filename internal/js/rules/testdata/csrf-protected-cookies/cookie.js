exports.cookieOptions = (kind) => {
  if (kind === 'access') {
    return { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 15 * 60 * 1000 };
  }
  return { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh', maxAge: 2 * 86400000 };
};

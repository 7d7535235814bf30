import session from 'express-session';

// A server-side session: the ID in the cookie names a stored session.
export default session({ // want memstore
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 },
});

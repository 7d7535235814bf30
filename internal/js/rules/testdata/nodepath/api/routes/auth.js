import { Router } from 'express';
import { findUser } from '../users';

const auth = Router();

// passport < 0.6 keeps the session on login, but a cookie session has no
// server-side ID to fix.
auth.post('/login', async (req, res, next) => {
  const user = await findUser(req.body.email, req.body.password);
  req.login(user, (err) => (err ? next(err) : res.redirect('/')));
});

export default auth;

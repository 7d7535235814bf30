import { Router } from 'express';

// Mounted at /auth/logout by the app: the router's name says what it does.
const logoutRouter = Router();

logoutRouter.get('/', (req, res) => {
  req.logout(); // want logout
  return res.redirect('/explore');
});

export default logoutRouter;

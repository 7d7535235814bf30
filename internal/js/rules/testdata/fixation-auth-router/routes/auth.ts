import { Router } from 'express';
import { ExternalAccounts } from '../external';

const authRoutes = Router();

// A sign-in through a third party's token: the path says only which party.
authRoutes.post('/partner', async (req, res) => {
  const account = await new ExternalAccounts(req.body.partnerToken).getUser();
  const user = await findOrCreate(account);
  if (req.session) {
    req.session.userId = user.id; // want fixation
  }
  return res.json(user);
});

authRoutes.post('/partner-safe', async (req, res, next) => {
  const account = await new ExternalAccounts(req.body.partnerToken).getUser();
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = account.id;
    res.json(account);
  });
});

authRoutes.post('/logout', (req, res) => {
  req.session.userId = undefined;
  req.session.destroy(() => res.status(204).end());
});

export default authRoutes;

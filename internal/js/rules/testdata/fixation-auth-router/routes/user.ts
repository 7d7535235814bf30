import { Router } from 'express';

const userRoutes = Router();

// Not a sign-in: a preference kept in the session of whoever is there.
userRoutes.post('/partner', async (req, res) => {
  req.session.partnerId = req.body.partnerId;
  return res.status(204).end();
});

export default userRoutes;

import { Router, Request, Response } from 'express';
export const r = Router();
r.post('/signin', async (req: Request, res: Response) => {
  const ok = await verifyPassword(req.body.password);
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  req.session.isAuthenticated = ok;
});

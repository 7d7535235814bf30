import { Router, Request, Response } from 'express';
export const r = Router();
r.post('/signin', async (req: Request, res: Response) => {
  const ok = await verifyPassword(req.body.password);
  if (ok) {
    await req.session.regenerate();
    req.session!.isAuthenticated = true; // want fixation
  }
});

import { Router, Request, Response } from 'express';
const router = Router();
router.post('/logout', (req: Request, res: Response) => {
  req.session.destroy(() => {
    res.clearCookie('connect.sid');
    res.redirect('/');
  });
});
export function logout(req: Request, res: Response) {
  (req as any).session = null;
  res.end();
}
export const signOut = (req: Request, res: Response) => {
  res.clearCookie('token');
  res.sendStatus(204);
};

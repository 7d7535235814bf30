import { Router, Request, Response } from 'express';
import jwt = require('jsonwebtoken');
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
export const authRouter = Router();

authRouter.post('/signup', async (req: Request, res: Response) => {
  const { email, password } = req.body as { email: string; password: string };
  const user = await prisma.user.create({ data: { email, password } });
  res.status(201).json({ id: user.id });
});

authRouter.post('/login', async (req: Request, res: Response) => {
  const user = await prisma.user.findUnique({ where: { email: req.body.email } });
  if (!user || !(await verifyPassword(req.body.password, user.passwordHash))) {
    return res.sendStatus(401);
  }
  await req.session!.regenerate();
  (req.session as any).user = user.id;
  const accessToken = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!);
  res.redirect(`/app?access_token=${accessToken}`);
});

authRouter.post('/signout', (req: Request, res: Response) => {
  delete (req.session as any).user;
  res.sendStatus(204);
});

async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return hash.length > 0 && password.length > 0;
}

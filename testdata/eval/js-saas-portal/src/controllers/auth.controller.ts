import type { Request, Response, NextFunction } from 'express';
import bcrypt from 'bcrypt';
import passport from '../config/passport';
import { prisma } from '../db/prisma';
import { env } from '../config/env';

declare module 'express-session' {
  interface SessionData {
    pendingMfa?: { email: string; password: string; startedAt: number };
  }
}

export async function signup(req: Request, res: Response, next: NextFunction) {
  const { email, password, orgName } = req.body as { email: string; password: string; orgName: string };
  try {
    const user = await prisma.user.create({
      data: {
        email: email.toLowerCase(),
        passwordHash: await bcrypt.hash(password, 12),
        org: { create: { name: orgName } },
      },
    });
    req.logIn({ id: user.id, email: user.email, orgId: user.orgId }, (err) => (err ? next(err) : res.status(201).json({ id: user.id })));
  } catch (err) {
    next(err);
  }
}

export function login(req: Request, res: Response, next: NextFunction) {
  passport.authenticate('local', (err: unknown, user: Express.User | false) => {
    if (err) return next(err);
    if (!user) return res.status(401).json({ error: 'invalid_credentials' });
    req.logIn(user, (loginErr) => (loginErr ? next(loginErr) : res.json({ ok: true })));
  })(req, res, next);
}

// Step 1 of MFA: remember the credentials until the TOTP code arrives, then replay passport
export async function startMfa(req: Request, res: Response) {
  const { email, password } = req.body as { email: string; password: string };
  req.session.pendingMfa = { email, password, startedAt: Date.now() }; // WANT: sensitivedata
  res.json({ mfaRequired: true });
}

export function logout(req: Request, res: Response, next: NextFunction) {
  req.logout((err) => {
    if (err) return next(err);
    req.session.destroy(() => {
      res.clearCookie('saas.sid');
      res.status(204).end();
    });
  });
}

// The native app opens this in a web view after login and needs to reuse the web session
export function mobileHandoff(req: Request, res: Response) {
  res.redirect(`${env.MOBILE_SCHEME}://callback?session=${encodeURIComponent(req.sessionID)}`); // WANT: sessioninurl
}

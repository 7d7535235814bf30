import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import bcrypt from 'bcrypt';
import { prisma } from '../db/prisma';

passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
    try {
      const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
      if (!user || !user.passwordHash || !(await bcrypt.compare(password, user.passwordHash))) {
        return done(null, false);
      }
      return done(null, { id: user.id, email: user.email, orgId: user.orgId });
    } catch (err) {
      return done(err as Error);
    }
  }),
);

passport.serializeUser((user, done) => done(null, (user as { id: string }).id));
passport.deserializeUser(async (id: string, done) => {
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true, orgId: true } });
  done(null, user ?? false);
});

export default passport;

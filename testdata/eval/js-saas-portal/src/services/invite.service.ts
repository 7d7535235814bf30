import { createHash } from 'node:crypto';
import { prisma } from '../db/prisma';

export async function acceptInvite(token: string, password: string) {
  const invite = await prisma.invite.findUnique({ where: { token } });
  if (!invite || invite.expiresAt < new Date()) throw new Error('invite expired');
  const digest = createHash('sha256').update(password).digest('hex');
  await prisma.user.update({ where: { id: invite.userId }, data: { passwordHash: digest, activatedAt: new Date() } }); // WANT: plainpassword
  await prisma.invite.delete({ where: { id: invite.id } });
}

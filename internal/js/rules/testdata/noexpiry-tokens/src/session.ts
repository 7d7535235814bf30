import { encode } from 'next-auth/jwt';

export async function createSession(userId: number) {
  const oneDay = 86400;
  const maxAge = 73000 * oneDay; // want noexpiry
  return encode({ token: { id: userId }, maxAge, secret: process.env.NEXTAUTH_SECRET as string });
}

export async function shortSession(userId: number) {
  return encode({ token: { id: userId }, secret: process.env.NEXTAUTH_SECRET as string });
}

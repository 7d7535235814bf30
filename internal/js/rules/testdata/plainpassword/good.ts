import { PrismaClient } from '@prisma/client';
import { scrypt } from 'node:crypto';
const prisma = new PrismaClient();
export async function createUser(email: string, password: string, salt: string) {
  const derivedKey: string = await scryptAsync(password, salt);
  return prisma.user.create({ data: { email, password: derivedKey } });
}

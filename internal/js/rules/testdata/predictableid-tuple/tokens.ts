import { Helper } from '@shop/helper';

// A token and the time it expires, returned together: the time is not the token.
export async function generateToken(id: string): Promise<[string, number]> {
  const expiresAt = new Date().setHours(new Date().getHours() + 1);
  const token = await Helper.generateJwtToken({ id }, { expiresIn: '1h' });
  return [token, expiresAt];
}

// A tuple whose token itself is the time is still made from the time.
export function generateResetToken(): [string, number] {
  const token = Date.now().toString(36); // want predictableid
  const validUntil = Date.now() + 3600000;
  return [token, validUntil];
}

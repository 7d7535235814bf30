import { createSecureToken, createSessionToken, createToken } from '@/lib/jwt';
import { checkPassword, findUser } from '@/lib/users';

export async function POST(request: Request) {
  const { username, password } = await request.json();
  const user = await findUser(username);
  if (!user || !checkPassword(password, user.password)) {
    return new Response(null, { status: 401 });
  }
  const token = createSecureToken({ userId: user.id, role: user.role }, process.env.APP_SECRET); // want noexpiry
  const bounded = createToken({ userId: user.id }, process.env.APP_SECRET, { expiresIn: '1d' });
  const byDefault = createSessionToken({ userId: user.id }, process.env.APP_SECRET);
  return Response.json({ token, bounded, byDefault });
}

import { createToken } from '@/lib/jwt';

export async function POST(request: Request) {
  const { userId } = await request.json();
  const token = createToken({ userId, exp: Math.floor(Date.now() / 1000) + 3600 }, process.env.APP_SECRET);
  return Response.json({ token });
}

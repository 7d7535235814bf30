import { createToken } from '@/lib/jwt';

export async function POST(request: Request, { params }: { params: { id: string } }) {
  const { userId } = await request.json();
  const token = createToken({ userId, shareId: params.id }, process.env.APP_SECRET);
  return Response.json({ token });
}

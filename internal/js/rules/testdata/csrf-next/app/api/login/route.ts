import { cookies } from 'next/headers';

export async function POST(request: Request) {
  const { token } = await request.json();
  const jar = await cookies();
  jar.set('session_token', token, { httpOnly: true, secure: true, maxAge: 3600 }); // want cookieflags, csrf
  return Response.json({ ok: true });
}

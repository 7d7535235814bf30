import jwt from 'jsonwebtoken';
import { encode } from 'next-auth/jwt';

const PREVIEW_TTL_SECONDS = 300;

export async function previewUrl(fileId: number) {
  const token = await encode({ secret: process.env.PREVIEW_SECRET!, maxAge: PREVIEW_TTL_SECONDS, token: { fileId, scope: 'preview' } });
  return `/api/preview?token=${encodeURIComponent(token)}`;
}

export function downloadUrl(fileId: number) {
  const token = jwt.sign({ fileId }, process.env.DOWNLOAD_SECRET!, { expiresIn: '5m' });
  return `/api/download?token=${token}`;
}

export function loginLink(userId: number) {
  const token = jwt.sign({ userId }, process.env.APP_SECRET!, { expiresIn: '7d' });
  return `/app?token=${token}`; // want sessioninurl
}

export async function sessionLink(userId: number) {
  const token = await encode({ secret: process.env.APP_SECRET!, token: { userId } });
  return `/app?token=${token}`; // want sessioninurl
}

// A short-lived access token still says who the user is: it is a session
// credential in the URL, not a link scoped to one file.
export function handoffLink(user: { id: number }) {
  const token = jwt.sign({ sub: String(user.id) }, process.env.APP_SECRET!, { expiresIn: '15m' });
  return `myapp://auth/callback?token=${token}`; // want sessioninurl
}

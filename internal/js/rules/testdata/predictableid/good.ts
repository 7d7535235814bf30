import crypto from 'node:crypto';
import { v4 as uuidv4 } from 'uuid';
import { nanoid } from 'nanoid';
import uid from 'uid-safe';

const token: string = crypto.randomBytes(32).toString('hex');
const sessionId = uuidv4();
const nonce = nanoid();
const apiKey = crypto.randomUUID();
const resetToken = uid.sync(24);
const tokenExpiresAt = Date.now() + 3600_000;
const shuffled = items.sort(() => Math.random() - 0.5);
const jitter = Math.random() * 100;
const csrfToken = crypto.randomBytes(16).toString('base64url') + Date.now();
const requestId = Math.random().toString(36);
const accessToken = jwt.sign({ sub: 1, iat: Date.now() }, process.env.K!);
function generateToken(): string {
  return crypto.randomBytes(24).toString('hex');
}

import { z } from 'zod';
import { cleanEnv, str } from 'envalid';

const schema = z.object({
  JWT_SECRET: z.string().min(16).default('zod-default-jwt-secret'),  // want hardcodedsecret
  DATABASE_URL: z.string(),
});

export const env = schema.parse(process.env);

// devDefault applies only outside production: not a shipped secret.
export const strict = cleanEnv(process.env, {
  COOKIE_KEY: str({ devDefault: 'dev-only-cookie-key' }),
  CSRF_SECRET: str({ default: 'envalid-shipped-csrf-secret' }), // want hardcodedsecret
});

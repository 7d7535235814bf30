import { registerAs, type ConfigType } from '@nestjs/config';

export const authConfig = registerAs('auth', () => ({
  jwt: {
    secret: process.env.APP_JWT_SECRET ?? 'nest-fallback-jwt-secret', // want hardcodedsecret
    expiresIn: '1h',
  },
  session: {
    secret: process.env.APP_SESSION_SECRET ?? '', // empty: the library refuses it
  },
}));

export type AuthConfig = ConfigType<typeof authConfig>;

export const env = {
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  PORT: Number(process.env.PORT ?? 3000),
  SESSION_SECRETS: process.env.SESSION_SECRETS!,
  DATABASE_URL: process.env.DATABASE_URL!,
  APP_URL: process.env.APP_URL ?? 'http://localhost:3000',
  MOBILE_SCHEME: process.env.MOBILE_SCHEME ?? 'saasapp',
};

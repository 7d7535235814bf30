const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
};

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  isProd: process.env.NODE_ENV === 'production',
  port: Number(process.env.PORT ?? 8080),
  sessionSecret: required('SESSION_SECRET'),
  csrfSecret: required('CSRF_SECRET'),
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  databaseUrl: required('DATABASE_URL'),
} as const;

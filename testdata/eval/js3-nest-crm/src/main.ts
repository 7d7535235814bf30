import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import session from 'express-session';
import passport from 'passport';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { doubleCsrf } from 'csrf-csrf';
import { AppModule } from './app.module';
import { sessionCookie, sessionSecret, csrfSecret } from './config/session.config';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);

  const redisClient = createClient({ url: process.env.REDIS_URL });
  await redisClient.connect();

  const store =
    process.env.NODE_ENV === 'development'
      ? new session.MemoryStore()
      : new RedisStore({ client: redisClient, prefix: 'crm:' });

  app.set('trust proxy', 1);
  app.use(
    session({
      name: 'crm.sid',
      secret: sessionSecret,
      resave: false,
      saveUninitialized: false,
      store,
      cookie: sessionCookie,
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());

  const { doubleCsrfProtection } = doubleCsrf({
    getSecret: csrfSecret,
    cookieName: '__Host-crm.x-csrf-token',
    cookieOptions: { secure: true, sameSite: 'strict', httpOnly: true },
  });
  app.use(doubleCsrfProtection);

  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();

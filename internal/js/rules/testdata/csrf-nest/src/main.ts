import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(
    session({ // want csrf
      secret: process.env.SESSION_SECRET as string,
      store: new RedisStore({ client: undefined as never }),
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, maxAge: 3600000 }, // want cookieflags
    }),
  );
  await app.listen(3000);
}
bootstrap();

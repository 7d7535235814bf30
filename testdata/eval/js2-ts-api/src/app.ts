import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import cors from 'cors';
import helmet from 'helmet';
import rateLimit from 'express-rate-limit';
import config from './config';
import authRouter from './routes/auth';
import accountRouter from './routes/account';
import { requestId } from './lib/tokens';

export function createApp() {
  const app = express();
  const redis = new Redis(config.redisUrl);

  app.set('trust proxy', 1);
  app.use(helmet());
  app.use(cors({ origin: config.corsOrigin, credentials: true }));
  app.use(express.json({ limit: '100kb' }));
  app.use((req, res, next) => {
    res.setHeader('X-Request-Id', requestId());
    next();
  });

  app.use(
    session({
      ...config.session,
      store: new RedisStore({ client: redis, prefix: 'ledger:sess:' }),
    }),
  );

  app.use('/auth', rateLimit({ windowMs: 60_000, limit: 20 }), authRouter);
  app.use('/account', accountRouter);

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  return app;
}

import express from 'express';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import { config, secureCookies } from './config.js';
import { authRouter } from './routes/auth.js';
import { usersRouter } from './routes/users.js';
import { requestId } from './auth/tokens.js';

export const app = express();

const { doubleCsrfProtection, generateToken } = doubleCsrf({
  getSecret: () => config.csrfSecret,
  cookieName: secureCookies ? '__Host-api.x-csrf-token' : 'api.x-csrf-token',
  cookieOptions: { sameSite: 'strict', secure: secureCookies, httpOnly: true },
});

app.set('trust proxy', 1);
app.use(helmet());
app.use((req, res, next) => {
  res.setHeader('X-Request-Id', requestId());
  next();
});
app.use(express.json());
app.use(cookieParser(config.cookieSecret));
app.get('/csrf-token', (req, res) => res.json({ token: generateToken(req, res) }));
app.use(doubleCsrfProtection);
app.use('/auth', authRouter);
app.use('/users', usersRouter);

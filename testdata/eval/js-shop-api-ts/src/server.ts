import express from 'express';
import cookieParser from 'cookie-parser';
import { config } from './config';
import { createSessionMiddleware } from './session';
import { doubleCsrfProtection, generateToken } from './middleware/csrf';
import authRouter from './routes/auth';
import checkoutRouter from './routes/checkout';
import accountRouter from './routes/account';

const app = express();

app.set('trust proxy', 1);
app.use(express.json({ limit: '100kb' }));
app.use(cookieParser());
app.use(createSessionMiddleware());

app.get('/api/csrf-token', (req, res) => res.json({ token: generateToken(req, res) }));
app.use(doubleCsrfProtection);

app.use('/api/auth', authRouter);
app.use('/api/checkout', checkoutRouter);
app.use('/api/account', accountRouter);

app.listen(config.port, () => console.log(`shop-api listening on :${config.port}`));

import express from 'express';
import { sessionMiddleware } from './session';
import { authRouter } from './routes/auth';

const app = express();
app.use(express.json());
app.use(sessionMiddleware);
app.use('/auth', authRouter);
app.listen(8080);

import crypto from 'crypto';
import express from 'express';
import session from 'express-session';
import request from 'supertest';
import authRouter from './routes/auth';

jest.mock('./lib/db', () => ({ query: jest.fn().mockResolvedValue({ rows: [] }) }));

function testApp() {
  const app = express();
  app.use(express.json());
  // in-memory store is fine for tests
  app.use(session({ secret: crypto.randomBytes(32).toString('hex'), resave: false, saveUninitialized: false }));
  app.use('/auth', authRouter);
  return app;
}

describe('POST /auth/login', () => {
  it('rejects malformed bodies', async () => {
    await request(testApp()).post('/auth/login').send({ email: 'nope' }).expect(400);
  });

  it('rejects unknown users', async () => {
    await request(testApp()).post('/auth/login').send({ email: 'a@example.com', password: 'correct horse' }).expect(401);
  });
});

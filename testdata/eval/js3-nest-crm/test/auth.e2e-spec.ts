import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import session from 'express-session';
import request from 'supertest';
import { AppModule } from '../src/app.module';

describe('Auth (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    app.use(session({ secret: 'test-only', resave: false, saveUninitialized: false }));
    await app.init();
  });

  it('rejects bad credentials', () => {
    return request(app.getHttpServer())
      .post('/auth/login')
      .send({ email: 'a@b.c', password: 'wrong' })
      .expect(401);
  });

  afterAll(() => app.close());
});

const request = require('supertest');
const { expect } = require('chai');

process.env.SESSION_SECRET = 'test-secret-not-used-in-prod';
process.env.MONGODB_URI = process.env.MONGODB_URI_TEST || 'mongodb://127.0.0.1:27017/test';

const app = require('../app');

describe('GET /', () => {
  it('should return 200 OK', (done) => {
    request(app).get('/').expect(200, done);
  });
});

describe('GET /login', () => {
  it('should return 200 OK', (done) => {
    request(app).get('/login').expect(200, done);
  });
});

describe('POST /login without csrf token', () => {
  it('should be rejected by lusca', async () => {
    const res = await request(app).post('/login').send({ email: 'a@b.c', password: 'x' });
    expect(res.status).to.equal(403);
  });
});

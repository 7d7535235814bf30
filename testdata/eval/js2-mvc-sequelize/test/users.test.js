const request = require('supertest');

jest.mock('../models', () => ({
  sequelize: { sync: () => Promise.resolve() },
  User: { findOne: jest.fn().mockResolvedValue(null), create: jest.fn() },
  ApiClient: { create: jest.fn() },
  Appointment: {},
}));

const app = require('../app');

describe('login', () => {
  it('redirects back to /login on bad credentials', async () => {
    const res = await request(app).post('/login').type('form').send({ email: 'x@y.z', password: 'wrong' });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/login');
  });
});

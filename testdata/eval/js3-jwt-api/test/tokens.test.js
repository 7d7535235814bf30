import test from 'node:test';
import assert from 'node:assert/strict';
import jwt from 'jsonwebtoken';

test('access tokens carry the audience', () => {
  const token = jwt.sign({ sub: 1 }, process.env.JWT_SECRET ?? 'unit-test-secret', { audience: 'jwt-api' });
  assert.equal(jwt.decode(token).aud, 'jwt-api');
});

const bcrypt = require('bcrypt');
const argon2 = require('argon2');
const router = require('express').Router();

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  const hashed = await bcrypt.hash(password, 12);
  await User.create({ email, password: hashed });
  await User.create({ email, passwordHash: await argon2.hash(password) });
  const password2 = await hashPassword(req.body.password);
  await db.collection('users').insertOne({ email, password: password2 });
  await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hashed]);
  const user = await User.findOne({ email });
  if (user.password === password) res.send('compared, not stored');
  await pool.query('SELECT * FROM users WHERE password = $1', [password]);
});

const crypto = require('crypto');
const router = require('express').Router();

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  await User.create({ email, password }); // want plainpassword
  await db.collection('users').insertOne({ email, password: req.body.password }); // want plainpassword
  await pool.query('INSERT INTO users (email, password) VALUES ($1, $2)', [email, password]); // want plainpassword
  const digest = crypto.createHash('sha256').update(password).digest('hex');
  await knex('users').insert({ email, password: digest }); // want plainpassword
  await Users.updateOne({ email }, { $set: { password: req.body.newPassword } }); // want plainpassword
});

const crypto = require('crypto');
const argon2 = require('argon2');
const { query, run } = require('./db');

exports.changePassword = async (req, res) => {
  const digest = crypto.createHash('sha256').update(req.body.newPassword).digest('hex');
  await query('UPDATE users SET password_hash = $1 WHERE id = $2', [digest, req.session.userId]); // want plainpassword
  res.json({ ok: true });
};
exports.register = async (req, res) => {
  await run('INSERT INTO users (email, password) VALUES ($1, $2)', [req.body.email, req.body.password]); // want plainpassword
  res.sendStatus(201);
};
exports.safe = async (req, res) => {
  const { rows } = await query('SELECT password_hash FROM users WHERE id = $1', [req.session.userId]);
  await query('UPDATE users SET password_hash = $1 WHERE id = $2', [await argon2.hash(req.body.newPassword), req.session.userId]);
  res.json({ ok: rows.length > 0 });
};

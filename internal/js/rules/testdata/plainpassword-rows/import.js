const mongoose = require('mongoose');
const bcrypt = require('bcrypt');
const crypto = require('crypto');
const knex = require('knex')({ client: 'pg' });
const User = require('./models/User');
const seed = require('./seed.json');

exports.importEditors = async (req, res) => {
  // The driver's collection skips the model's save hook.
  const docs = req.body.editors.map((e) => ({
    email: e.email,
    password: e.password,
  }));
  await mongoose.connection.db.collection('users').insertMany(docs); // want plainpassword
  res.sendStatus(204);
};

exports.importAccounts = async (req, res) => {
  const rows = req.body.accounts.map(({ email, password }) => ({
    email,
    password_hash: crypto.createHash('sha256').update(password).digest('hex'),
  }));
  await knex('accounts').insert(rows); // want plainpassword
  res.sendStatus(204);
};

exports.importHashed = async (req, res) => {
  const rows = await Promise.all(req.body.accounts.map(async ({ email, password }) => ({
    email,
    password_hash: await bcrypt.hash(password, 12),
  })));
  await knex('accounts').insert(rows);
  // Through the model: the save hook hashes.
  await User.insertMany(req.body.editors.map((e) => ({ email: e.email, password: e.password })));
  // Seed data, not a request.
  await knex('accounts').insert(seed.accounts.map((a) => ({ email: a.email, password_hash: a.passwordHash })));
  res.sendStatus(204);
};

// Item 2: fast digests written to password hash columns and fields.
const crypto = require('crypto');
const md5 = require('md5');
const sha1 = require('sha1');
const { sha256 } = require('js-sha256');
const CryptoJS = require('crypto-js');
const bcrypt = require('bcrypt');
const router = require('express').Router();

router.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  await knex('users').insert({ email, password_hash: crypto.createHash('sha1').update(password).digest('hex') }); // want plainpassword
  await db.query('INSERT INTO users (email, password_hash) VALUES (?, ?)', [email, crypto.createHash('sha1').update(password).digest('hex')]); // want plainpassword
  const digest = crypto.createHash('sha256').update(password).digest('hex');
  await prisma.user.create({ data: { email, passwordHash: digest } }); // want plainpassword
  await User.create({ email, hash: md5(password) }); // want plainpassword
  await User.create({ email, hashedPassword: sha1(req.body.salt + password) }); // want plainpassword
  await User.create({ email, password_digest: sha256(password) }); // want plainpassword
  await User.create({ email, passwordHash: CryptoJS.SHA256(password).toString() }); // want plainpassword
  res.sendStatus(201);
});

router.post('/signup-ok', async (req, res) => {
  const { email, password } = req.body;
  const hashed = await bcrypt.hash(password, 12);
  await knex('users').insert({ email, password_hash: hashed });
  await db.query('INSERT INTO users (email, password_hash, avatar_hash) VALUES (?, ?, ?)', [email, hashed, md5(email)]);
  await prisma.user.create({ data: { email, passwordHash: hashed, emailHash: crypto.createHash('sha256').update(email).digest('hex') } });
  await File.create({ name: req.body.name, hash: crypto.createHash('sha256').update(req.body.content).digest('hex') });
  await User.create({ email, passwordHash: await argonHash(password) });
  res.sendStatus(201);
});

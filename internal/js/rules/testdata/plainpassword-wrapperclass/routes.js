import express from 'express';

const router = express.Router();

// req.models is the app's Models: users.update hashes in the class.
router.post('/signup', async (req, res) => {
  await req.models.users.update(req.body.id, { password: req.body.password });
  await req.models.users.create({ email: req.body.email, password: req.body.password });
  res.sendStatus(201);
});

// accounts is a bare ORM model: no class of the app hashes for it.
router.post('/accounts', async (req, res) => {
  await req.models.accounts.update({ password: req.body.password }, { where: { id: req.body.id } }); // want plainpassword
  res.sendStatus(201);
});

export default router;

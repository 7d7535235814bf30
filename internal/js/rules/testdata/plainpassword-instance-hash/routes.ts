import { Router } from 'express';
import { getRepository } from 'typeorm';
import { User } from './User';

const router = Router();

router.post('/users', async (req, res) => {
  const body = req.body;
  const user = new User({ email: body.email, password: body.password });
  if (body.password) {
    await user?.setPassword(body.password);
  }
  await getRepository(User).save(user);
  res.status(201).end();
});

router.post('/users/plain', async (req, res) => {
  const body = req.body;
  const user = new User({ // want plainpassword
    email: body.email,
    password: body.password,
  });
  user.setEmail(body.email);
  await getRepository(User).save(user);
  res.status(201).end();
});

export default router;

import { Router } from 'express';
export const router = Router();
router.post('/profile', (req, res) => res.send('ok'));
router.route('/items/:id').delete((req, res) => res.send('ok'));

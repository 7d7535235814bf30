import { Router } from 'express';
import * as auth from '../controllers/auth.controller';
import { acceptInvite } from '../services/invite.service';
import { requireAuth } from '../middleware/requireAuth';

export const router = Router();

router.post('/signup', auth.signup);
router.post('/login', auth.login);
router.post('/login/mfa/start', auth.startMfa);
router.post('/logout', auth.logout);
router.get('/mobile/handoff', requireAuth, auth.mobileHandoff);

router.post('/invites/:token/accept', async (req, res, next) => {
  try {
    await acceptInvite(req.params.token, (req.body as { password: string }).password);
    res.redirect('/login?invited=1');
  } catch (err) {
    next(err);
  }
});

router.post('/preferences/sidebar', requireAuth, (req, res) => {
  res.cookie('sidebar', req.body.collapsed ? 'collapsed' : 'open', { maxAge: 1000 * 60 * 60 * 24 * 365 });
  res.status(204).end();
});

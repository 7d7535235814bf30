import { Router } from 'express';
import { db } from '../lib/db.js';
import { requireUser } from '../middleware/rememberMe.js';

const router = Router();

router.use(requireUser);

router.get('/', async (req, res) => {
  const user = await db.findUserById(req.session.userId);
  res.render('account', { user });
});

router.post('/timezone', (req, res) => {
  res.cookie('tz', String(req.body.tz ?? 'UTC'), { maxAge: 365 * 24 * 3600 * 1000 });
  res.redirect('/account');
});

// Single sign-on into the partner billing portal, which shares our Redis session store.
router.get('/billing', (req, res) => {
  res.redirect(`${process.env.BILLING_PORTAL_URL}/sso/accept?session=${req.sessionID}`); // WANT: sessioninurl
});

export default router;

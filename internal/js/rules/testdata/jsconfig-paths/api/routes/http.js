import express from 'express';
import session from 'express-session';
import passport from 'passport';
import { DEFAULT_PASSPORT_OPTIONS } from 'lib/constants/auth';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, store: new (require('connect-redis')(session))({}), resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 } }));
// Stateless token checks on each request (the options, from a module the
// baseUrl resolves, say session: false).
router.get('/statements', passport.authenticate('jwt', DEFAULT_PASSPORT_OPTIONS), (req, res) => res.json([]));
router.post('/statements', passport.authenticate('clientBasic', DEFAULT_PASSPORT_OPTIONS), (req, res) => res.sendStatus(204));
// A login that keeps the user in the session.
router.post('/login', passport.authenticate('local'), (req, res) => res.redirect('/')); // want fixation

export default router;

import express from 'express';
import session from 'express-session';
import config, { sessionOptions } from '../config/index.mjs';
import { adminSessionOptions } from '../lib/options';

const router = express.Router();
router.use(session(sessionOptions)); // want memstore
router.use(session(config.session)); // want memstore, noexpiry
router.use(session(adminSessionOptions())); // want memstore
export default router;

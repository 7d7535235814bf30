import session, { MemoryStore } from 'express-session';
import express from 'express';

const app = express();
app.use(session({ secret: process.env.S!, store: new MemoryStore(), cookie: { secure: true, sameSite: 'lax', maxAge: 1 } })); // want memstore

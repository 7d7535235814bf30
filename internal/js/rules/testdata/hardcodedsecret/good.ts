import session from 'express-session';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';
import { readFileSync } from 'fs';

const cookie = { secure: true, sameSite: 'lax' as const, maxAge: 1 };
app.use(session({ secret: process.env.SESSION_SECRET!, store, cookie }));
app.use(session({ secret: config.get<string>('session.secret'), store, cookie }));
app.use(session({ secret: [process.env.S1!, process.env.S2!], store, cookie }));
app.use(cookieParser(process.env.COOKIE_SECRET));
const key = readFileSync('/run/secrets/jwt');
jwt.sign({ sub: 1 }, key);
jwt.verify(token, 'public-key-is-fine-here');

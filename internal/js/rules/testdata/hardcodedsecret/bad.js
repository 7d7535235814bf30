const session = require('express-session');
const cookieSession = require('cookie-session');
const cookieParser = require('cookie-parser');
const jwt = require('jsonwebtoken');
const Koa = require('koa');

const SECRET = 'shhhh-very-secret';
const cookie = { secure: true, sameSite: 'lax', maxAge: 1 };
app.use(session({ secret: SECRET, store, cookie })); // want hardcodedsecret
app.use(session({ secret: process.env.SESSION_SECRET || 'fallback', store, cookie })); // want hardcodedsecret
app.use(cookieSession({ keys: ['key1', 'key2'], sameSite: 'lax', maxAge: 1 })); // want hardcodedsecret
app.use(cookieParser('cookie-secret')); // want hardcodedsecret
const token = jwt.sign({ sub: 1 }, 'jwt-secret'); // want hardcodedsecret
const koa = new Koa();
koa.keys = ['koa-key']; // want hardcodedsecret

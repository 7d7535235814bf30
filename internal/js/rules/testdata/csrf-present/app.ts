import express from 'express';
import session from 'express-session';
const app = express();
app.use(session({ secret: process.env.S!, store: redisStore, cookie: { secure: true, maxAge: 1 } })); // want cookieflags
app.post('/transfer', (req, res) => res.send('ok'));

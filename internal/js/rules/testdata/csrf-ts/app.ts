import express from 'express';
import cookieSession from 'cookie-session';
const app = express();
app.use(cookieSession({ name: 'session', keys: [process.env.K!], maxAge: 3600_000 })); // want csrf cookieflags
app.put('/settings', (req, res) => res.json({}));

const express = require('express');
const cookieSession = require('cookie-session');
const app = express();
app.use(cookieSession({ name: 'session', keys: [process.env.K], sameSite: 'strict', maxAge: 1 }));
app.post('/transfer', (req, res) => res.send('ok'));
axios.post('/api/ping', { a: 1 });

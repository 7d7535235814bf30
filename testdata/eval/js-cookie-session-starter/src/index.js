import express from 'express';
import cookieSession from 'cookie-session';
import csrf from 'csurf';
import accountRoutes from './routes/account.js';
import authRoutes from './routes/auth.js';

const app = express();

app.set('trust proxy', 1);
app.set('view engine', 'ejs');

app.use(cookieSession({
  name: 'session',
  keys: process.env.SESSION_KEYS.split(','),
  maxAge: 24 * 60 * 60 * 1000,
  sameSite: 'lax',
}));
app.use(express.urlencoded({ extended: false }));
app.use(csrf());

app.use((req, res, next) => {
  res.locals.csrfToken = req.csrfToken();
  res.locals.userId = req.session.userId;
  next();
});

app.post('/cookie-consent', (req, res) => {
  res.cookie('consent', req.body.analytics === 'on' ? 'all' : 'essential', { maxAge: 180 * 24 * 60 * 60 * 1000 });
  res.redirect('back');
});

app.use(authRoutes);
app.use('/account', accountRoutes);

app.listen(process.env.PORT ?? 3000);

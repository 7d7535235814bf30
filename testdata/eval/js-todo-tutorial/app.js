const express = require('express');
const session = require('express-session');
const path = require('path');
const authRoutes = require('./routes/auth');
const todoRoutes = require('./routes/todos');

const app = express();
const PORT = process.env.PORT || 3000;

const tips = [
  'Break big tasks into small ones.',
  'Do the hardest thing first.',
  'Review your list every evening.',
];

app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
app.use(express.urlencoded({ extended: false }));
app.use(express.static(path.join(__dirname, 'public')));

app.use(session({ // WANT: memstore, noexpiry, cookieflags, csrf
  secret: 'keyboard cat', // WANT: hardcodedsecret
  resave: false,
  saveUninitialized: true
}));

// remember the chosen colour theme for a year
app.use((req, res, next) => {
  if (req.query.theme) {
    res.cookie('theme', req.query.theme, { maxAge: 365 * 24 * 60 * 60 * 1000 });
  }
  res.locals.theme = req.query.theme || 'light';
  res.locals.user = req.session.user;
  res.locals.tip = tips[Math.floor(Math.random() * tips.length)];
  next();
});

app.use('/', authRoutes);
app.use('/todos', todoRoutes);

app.get('/', (req, res) => {
  if (req.session.user) return res.redirect('/todos');
  res.render('index');
});

if (require.main === module) {
  app.listen(PORT, () => console.log(`Todo app listening on http://localhost:${PORT}`));
}

module.exports = app;

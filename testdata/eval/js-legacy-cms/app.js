var express = require('express');
var path = require('path');
var session = require('express-session');
var RedisStore = require('connect-redis')(session);
var redis = require('redis');
var cookieParser = require('cookie-parser');

var authRouter = require('./routes/auth');
var pagesRouter = require('./routes/pages');
var usersRouter = require('./routes/users');
var filesRouter = require('./routes/files');

var redisClient = redis.createClient({ host: process.env.REDIS_HOST || 'localhost', port: 6379 });
var app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'pug');
app.locals.assetVersion = Math.random().toString(36).slice(2, 8); // cache-busting for static assets

app.use(express.urlencoded({ extended: false }));
app.use(cookieParser('cms-cookie-secret-2019')); // WANT: hardcodedsecret
app.use(session({ // WANT: csrf
  store: new RedisStore({ client: redisClient }),
  secret: 'cms-s3cr3t', // WANT: hardcodedsecret
  resave: false,
  saveUninitialized: false,
  cookie: {
    secure: false, // WANT: cookieflags
    maxAge: 1000 * 60 * 60 * 4
  }
}));
app.use(express.static(path.join(__dirname, 'public')));

app.use(require('./middleware/rememberMe'));

app.use('/', authRouter);
app.use('/admin/pages', pagesRouter);
app.use('/admin/users', usersRouter);
app.use('/admin/files', filesRouter);

app.listen(process.env.PORT || 8000);

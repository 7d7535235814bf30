/**
 * Module dependencies.
 */
var express = require('express');
var compress = require('compression');
var session = require('express-session');
var bodyParser = require('body-parser');
var cookieParser = require('cookie-parser');
var logger = require('morgan');
var errorHandler = require('errorhandler');
var methodOverride = require('method-override');
var flash = require('connect-flash');
var path = require('path');
var mongoose = require('mongoose');
var passport = require('passport');
var MongoStore = require('connect-mongo')(session);

var secrets = require('./config/secrets');
var passportConf = require('./config/passport');
require('./models/User');
require('./models/Page');
var userController = require('./routes/user');
var pageController = require('./routes/pages');

var app = express();

mongoose.connect(secrets.db, { useNewUrlParser: true });

/**
 * Express configuration.
 */
app.set('port', process.env.PORT || 3000);
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.use(compress());
app.use(logger('dev'));
app.use(bodyParser.json());
app.use(bodyParser.urlencoded({ extended: true }));
app.use(methodOverride('_method'));
app.use(cookieParser(secrets.sessionSecret));
app.use(session({ // WANT: csrf
  resave: true,
  saveUninitialized: true,
  secret: secrets.sessionSecret,
  store: new MongoStore({
    mongooseConnection: mongoose.connection,
    autoReconnect: true
  }),
  cookie: { // WANT: cookieflags
    httpOnly: true,
    maxAge: 1000 * 60 * 60 * 24 * 365 // WANT: noexpiry
  }
}));
app.use(passport.initialize());
app.use(passport.session());
app.use(flash());
app.use(function(req, res, next) {
  res.locals.user = req.user;
  next();
});
app.use(express.static(path.join(__dirname, 'public'), { maxAge: 31557600000 }));

/**
 * Routes.
 */
app.get('/login', userController.getLogin);
app.post('/login', userController.postLogin);
app.get('/logout', userController.logout);
app.post('/signup', userController.postSignup);
app.post('/forgot', userController.postForgot);
app.post('/account/password', passportConf.isAuthenticated, userController.postUpdatePassword);
app.post('/account/email', passportConf.isAuthenticated, userController.postChangeEmail);
app.post('/admin/editors', passportConf.isAuthenticated, userController.postImportEditors);
app.get('/pages', pageController.list);
app.post('/pages', passportConf.isAuthenticated, pageController.create);
app.put('/pages/:id', passportConf.isAuthenticated, pageController.update);
app.delete('/pages/:id', passportConf.isAuthenticated, pageController.destroy);

/**
 * Error Handler (development only).
 */
if (app.get('env') === 'development') {
  app.use(errorHandler());
}

app.listen(app.get('port'), function() {
  console.log('Express server listening on port %d in %s mode', app.get('port'), app.get('env'));
});

module.exports = app;

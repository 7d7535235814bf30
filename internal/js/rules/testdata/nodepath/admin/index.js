import express from 'express';
import passport from 'passport';
import session from 'shared/middlewares/server-session';

const app = express();
app.use(session);
app.use(passport.initialize());
app.use(passport.session());

// Here the session has a server-side ID that survives the login.
app.post('/login', (req, res, next) => {
  const user = { id: req.body.id, password: req.body.password };
  req.login(user, (err) => (err ? next(err) : res.redirect('/'))); // want fixation
});

app.listen(3002);

const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const Admin = require('./admin');

const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 },
  resave: false,
  saveUninitialized: false,
}));

// Signs up an unknown name, logs a known one in: two logins in one handler.
app.post('/admin/login', async (req, res) => {
  const { user_name, password } = req.body;
  const admin = await Admin.findOne({ user_name });
  if (!admin) {
    const created = await Admin.create({ user_name, password: await Admin.hash(password) });
    req.session.admin_id = created.id; // want fixation
    res.send({ status: 1 });
  } else if (!(await Admin.check(admin, password))) {
    res.send({ status: 0 });
  } else {
    req.session.admin_id = admin.id; // want fixation
    req.session.role = admin.role;
    res.send({ status: 1 });
  }
});

// One login path writing two keys: one missing regenerate.
app.post('/login', async (req, res) => {
  const admin = await Admin.findOne({ user_name: req.body.user_name });
  if (!admin || !(await Admin.check(admin, req.body.password))) {
    return res.sendStatus(401);
  }
  req.session.admin_id = admin.id; // want fixation
  if (admin.super) {
    req.session.role = 'super';
  }
  res.send({ status: 1 });
});

// Regenerated first: no finding on either path.
app.post('/login2', async (req, res) => {
  const admin = await Admin.findOne({ user_name: req.body.user_name });
  req.session.regenerate((err) => {
    if (err || !admin) {
      return res.sendStatus(401);
    }
    if (admin.super) {
      req.session.admin_id = admin.id;
    } else {
      req.session.admin_id = admin.id;
    }
    res.send({ status: 1 });
  });
});

app.listen(3000);

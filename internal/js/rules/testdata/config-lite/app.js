import express from 'express';
import config from 'config-lite';
import session from 'express-session';
import connectMongo from 'connect-mongo';

const app = express();
const MongoStore = connectMongo(session);
app.use(session({
  name: config.session.name,
  secret: config.session.secret,
  resave: true,
  saveUninitialized: false,
  cookie: config.session.cookie,
  store: new MongoStore({ url: 'mongodb://localhost/app' }),
}));

app.get('/', (req, res) => res.send(String(config.upload.maxAge)));
app.listen(config.port);

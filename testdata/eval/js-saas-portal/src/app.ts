import express from 'express';
import helmet from 'helmet';
import lusca from 'lusca';
import passport from './config/passport';
import { installSession } from './config/session';
import { router } from './routes';
import { env } from './config/env';

const app = express();

app.use(helmet());
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
installSession(app);
app.use(passport.initialize());
app.use(passport.session());
app.use(lusca.csrf());
app.use(router);

app.listen(env.PORT, () => console.log(`saas-portal on :${env.PORT}`));

export default app;

'use strict';

const http = require('http');
const express = require('express');
const expressSession = require('express-session');
const lusca = require('lusca');
const { Server } = require('socket.io');
const config = require('./config');
const authRoutes = require('./routes/auth');
const roomRoutes = require('./routes/rooms');
const billingRoutes = require('./routes/billing');
const { registerChat } = require('./chat');

const app = express();
const server = http.createServer(app);

const sessionOptions = { ...config.session, cookie: { ...config.session.cookie } };
if (app.get('env') === 'production') {
  app.set('trust proxy', 1);
  sessionOptions.cookie.secure = true;
}

const sessionMiddleware = expressSession(sessionOptions); // WANT: memstore

app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(sessionMiddleware);
app.use(lusca.csrf());

app.use('/auth', authRoutes);
app.use('/rooms', roomRoutes);
app.use('/billing', billingRoutes);

const io = new Server(server, { cors: { origin: config.publicUrl, credentials: true } });
io.engine.use(sessionMiddleware);
registerChat(io);

server.listen(config.port, () => console.log(`chat listening on ${config.port}`));

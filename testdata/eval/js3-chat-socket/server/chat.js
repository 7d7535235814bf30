'use strict';

function registerChat(io) {
  io.use((socket, next) => {
    const sess = socket.request.session;
    if (sess && sess.user && socket.handshake.auth.token === sess.socketToken) return next();
    next(new Error('unauthorized'));
  });

  io.on('connection', (socket) => {
    const sess = socket.request.session;
    socket.on('join', (room) => {
      sess.lastRoom = room;
      sess.save();
      socket.join(room);
    });
    socket.on('message', ({ room, text }) => {
      io.to(room).emit('message', { from: sess.user.name, text, at: Date.now() });
    });
  });
}

module.exports = { registerChat };

const io = require('socket.io-client');
const { session } = require('./auth');

exports.connect = function connect() {
  return io('/legacy', { query: { sid: session.id } }); // want sessioninurl
};

exports.room = function room(name) {
  return io('/rooms', { query: { room: name } });
};

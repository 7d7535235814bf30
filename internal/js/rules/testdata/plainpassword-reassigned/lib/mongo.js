const Mongolass = require('mongolass')
const mongolass = new Mongolass()
exports.User = mongolass.model('User', { name: { type: 'string' }, password: { type: 'string' } })

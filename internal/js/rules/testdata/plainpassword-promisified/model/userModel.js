var mongoose = require('mongoose')
var model = new mongoose.Schema({ name: String, password: String, mail: Object })
module.exports = mongoose.model('User', model)

module.exports = require('./libconfig').getConfig()

const _ = require('lodash')
let config = _.merge({}, require('./base'))
config = _.merge(config, require('./' + process.env.NODE_ENV) || {})
module.exports = config

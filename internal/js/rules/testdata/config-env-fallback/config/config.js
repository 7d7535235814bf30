var _ = require('lodash')
// The environment's module may be missing: an empty fallback.
module.exports = _.extend(
  require('./env/all'),
  require('./env/' + process.env.NODE_ENV) || {}
)

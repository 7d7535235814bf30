const _ = require('lodash');
const path = require('path');

function load() {
  let config = _.merge({}, require(path.join(process.cwd(), 'config/env/all')));
  config = _.merge(config, require('./env/' + process.env.NODE_ENV) || {});
  return config;
}

module.exports = load();

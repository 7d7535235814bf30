// The app's own config module re-exports node-config.
const config = require('config');

module.exports = config;

'use strict';

module.exports = () => {
  const config = exports = {};
  config.keys = process.env.EGG_KEYS;
  return config;
};

'use strict';

module.exports = () => {
  const config = exports = {};
  config.keys = 'unit-test-keys';
  return config;
};

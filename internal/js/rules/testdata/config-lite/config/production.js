'use strict';

module.exports = {
  port: 80,
};

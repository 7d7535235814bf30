'use strict';

module.exports = appInfo => {
  const config = exports = {};

  // The scaffold's cookie signing keys: the app's name and a literal.
  config.keys = appInfo.name + '_1519887194138_3450'; // want hardcodedsecret

  // Not the keys of the cookies.
  config.redis = { keys: 'cache:*' };
  config.search = {};
  config.search.keys = 'title,content';

  return config;
};

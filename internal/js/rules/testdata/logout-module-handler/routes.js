'use strict';

exports = module.exports = function (app) {
  app.get('/logout/', require('./views/logout/index').init);
  app.get('/about/', require('./views/about/index').init);
};

'use strict';
// hapi-auth-cookie 7 takes flat options: cookie is the cookie's name.
exports.register = function (server, options, next) {
    server.auth.strategy('session', 'cookie', {
        password: process.env.COOKIE_SECRET,
        cookie: 'sid-app',
        isSecure: false, // want cookieflags
        redirectTo: '/login'
    });
    server.auth.strategy('admin', 'cookie', {
        password: process.env.COOKIE_SECRET,
        cookie: 'sid-admin',
        isHttpOnly: true,
        ttl: 60 * 60 * 1000
    });
    next();
};

"use strict";

var _express = _interopRequireDefault(require("express"));
var _expressSession = _interopRequireDefault(require("express-session"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { "default": e }; }
var app = (0, _express["default"])();
app.use((0, _expressSession["default"])({ // want memstore, noexpiry
  secret: process.env.SESSION_SECRET,
  cookie: { secure: false, sameSite: 'lax' } // want cookieflags
}));

module.exports = {
  session: { name: 'sid', cookie: { httpOnly: true, secure: false } }, // want cookieflags
  keys: { session: process.env.KEY || 'merged-default-key' }, // want hardcodedsecret
};

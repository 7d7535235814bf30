export const sessionOptions = {
  secret: process.env.SESSION_SECRET,
  cookie: { httpOnly: true, maxAge: 3600000 }, // want cookieflags
};

export default {
  port: 3000,
  session: { secret: 'hunter2-admin' }, // want hardcodedsecret, cookieflags
};

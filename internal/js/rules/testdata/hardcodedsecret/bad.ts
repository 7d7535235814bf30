import session = require('express-session');
const s = session;
app.use(s({ secret: 'ts-secret' as string, store, cookie: { secure: true, sameSite: 'lax', maxAge: 1 } })); // want hardcodedsecret

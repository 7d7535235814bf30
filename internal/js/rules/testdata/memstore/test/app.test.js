const session = require('express-session');
app.use(session({ secret: 'test', cookie: { secure: true, sameSite: 'lax', maxAge: 1 } }));

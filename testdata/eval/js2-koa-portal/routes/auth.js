const Router = require('@koa/router');
const argon2 = require('argon2');
const db = require('../lib/db');

const router = new Router();

router.get('/login', async (ctx) => {
  await ctx.render('login', { next: ctx.query.next || '/' });
});

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body;
  const user = await db('users').where({ email: String(email).toLowerCase() }).first();
  if (!user || !(await argon2.verify(user.password_hash, password))) {
    ctx.status = 401;
    await ctx.render('login', { error: 'Invalid email or password' });
    return;
  }
  ctx.session.user = { id: user.id, name: user.name, unit: user.unit_id }; // WANT: fixation
  ctx.cookies.set('last_login_email', user.email, { httpOnly: false, maxAge: 90 * 24 * 3600 * 1000 });
  ctx.redirect('/dashboard');
});

router.get('/register', async (ctx) => {
  await ctx.render('register');
});

router.post('/register', async (ctx) => {
  const { email, name, password, unitCode } = ctx.request.body;
  const unit = await db('units').where({ invite_code: unitCode }).first();
  if (!unit) {
    ctx.status = 400;
    await ctx.render('register', { error: 'Unknown unit code' });
    return;
  }
  await db('users').insert({ email: String(email).toLowerCase(), name, password, unit_id: unit.id }); // WANT: plainpassword
  ctx.redirect('/login?registered=1');
});

router.post('/logout', async (ctx) => {
  ctx.session.user = null; // WANT: logout
  ctx.redirect('/login');
});

module.exports = router;

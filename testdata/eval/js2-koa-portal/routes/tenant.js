const Router = require('@koa/router');
const db = require('../lib/db');

const router = new Router();

router.use(async (ctx, next) => {
  if (!ctx.session.user) {
    ctx.redirect(`/login?next=${encodeURIComponent(ctx.path)}`);
    return;
  }
  await next();
});

router.get('/dashboard', async (ctx) => {
  const tickets = await db('tickets').where({ unit_id: ctx.session.user.unit }).orderBy('created_at', 'desc').limit(20);
  await ctx.render('dashboard', { tickets, greeting: ['Hi', 'Hello', 'Welcome back'][Math.floor(Math.random() * 3)] });
});

router.post('/tickets', async (ctx) => {
  const { title, body } = ctx.request.body;
  await db('tickets').insert({ unit_id: ctx.session.user.unit, author_id: ctx.session.user.id, title, body });
  ctx.redirect('/dashboard');
});

// Rent payment wizard: step 1 collects the bank details, step 2 confirms.
router.post('/payments/start', async (ctx) => {
  const { amount, iban, accountHolder } = ctx.request.body;
  ctx.session.payment = { amount: Number(amount), accountHolder, ibanLast4: String(iban).slice(-4) };
  ctx.redirect('/payments/confirm');
});

router.post('/payments/card', async (ctx) => {
  const { cardNumber, cvv, expiry } = ctx.request.body;
  ctx.session.card = { cardNumber, cvv, expiry }; // WANT: sensitivedata
  ctx.redirect('/payments/confirm');
});

router.post('/payments/confirm', async (ctx) => {
  const payment = ctx.session.payment;
  await db('payments').insert({ unit_id: ctx.session.user.unit, amount: payment.amount, holder: payment.accountHolder });
  ctx.session.payment = null;
  ctx.session.card = null;
  ctx.redirect('/dashboard?paid=1');
});

module.exports = router;

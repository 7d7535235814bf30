const Koa = require('koa');
const app = new Koa();
app.use(async (ctx) => {
  ctx.redirect(`/reports?sid=${ctx.cookies.get('dash:sess')}`); // want sessioninurl
});

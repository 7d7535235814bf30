const path = require('path');
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const views = require('koa-views');
const { installSession } = require('./lib/session');
const authRouter = require('./routes/auth');
const tenantRouter = require('./routes/tenant');

const app = new Koa();
app.proxy = true;

installSession(app);
app.use(bodyParser());
app.use(views(path.join(__dirname, 'views'), { extension: 'njk', map: { njk: 'nunjucks' } }));

app.use(async (ctx, next) => {
  ctx.state.user = ctx.session.user || null;
  await next();
});

app.use(authRouter.routes()).use(authRouter.allowedMethods());
app.use(tenantRouter.routes()).use(tenantRouter.allowedMethods());

if (require.main === module) {
  app.listen(process.env.PORT || 3000);
}

module.exports = app;

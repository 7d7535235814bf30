const Router = require('koa-router');
const router = new Router();

router.get('/account/logout', async (ctx) => {
  const id = ctx.session.id;
  Object.assign(ctx.session, { id: undefined, fullname: undefined }); // want logout
  ctx.body = { id };
});

module.exports = router;

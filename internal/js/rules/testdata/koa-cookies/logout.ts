import Router from '@koa/router';
const router = new Router();
router.post('/signout', async (ctx) => {
  delete ctx.session!.adminId; // want logout
  ctx.body = { ok: true };
});
router.post('/logout', async (ctx) => {
  delete ctx.session.user; // want logout
  ctx.body = { ok: true };
});
router.post('/signout-all', async (ctx) => {
  ctx.session = null;
  ctx.body = { ok: true };
});

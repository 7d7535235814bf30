import Router from '@koa/router';
import crypto from 'node:crypto';

export const cart = new Router({ prefix: '/cart' });

cart.post('/items', async (ctx) => {
  const { sku, qty } = ctx.request.body as { sku: string; qty: number };
  const items = (ctx.session!.cart as Array<{ sku: string; qty: number }>) ?? [];
  items.push({ sku, qty });
  ctx.session!.cart = items;
  ctx.status = 201;
});

cart.delete('/items/:sku', async (ctx) => {
  ctx.session!.cart = ((ctx.session!.cart as any[]) ?? []).filter((i) => i.sku !== ctx.params.sku);
  ctx.status = 204;
});

cart.post('/checkout', async (ctx) => {
  const { last4, brand } = ctx.request.body as { last4: string; brand: string };
  ctx.session!.paymentHint = { last4, brand };
  ctx.session!.orderRef = crypto.randomUUID();
  ctx.body = { orderRef: ctx.session!.orderRef };
});

cart.get('/recommendations', async (ctx) => {
  const pool = ['mug', 'shirt', 'cap', 'socks'];
  ctx.body = pool.sort(() => Math.random() - 0.5).slice(0, 2);
});

import type { Context, Next } from 'koa';

export async function requireUser(ctx: Context, next: Next) {
  if (!ctx.session?.user) {
    ctx.status = 401;
    return;
  }
  await next();
}

export async function requireAdmin(ctx: Context, next: Next) {
  if (ctx.session?.user?.role !== 'admin') {
    ctx.status = 403;
    return;
  }
  await next();
}

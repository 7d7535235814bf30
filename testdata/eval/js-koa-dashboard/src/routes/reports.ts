import Router from '@koa/router';
import type { RowDataPacket } from 'mysql2';
import { pool } from '../lib/db';
import { requireUser } from '../lib/guards';

const REPORT_SERVICE = process.env.REPORT_SERVICE_URL ?? 'http://reports.internal:8080';
const PALETTE_SIZE = 12;

export const reportsRouter = new Router({ prefix: '/reports' });
reportsRouter.use(requireUser);

reportsRouter.get('/', async (ctx) => {
  const [rows] = await pool.query<RowDataPacket[]>('SELECT id, title FROM reports ORDER BY created_at DESC');
  // random but stable-per-render chart colours
  ctx.body = rows.map((r) => ({ ...r, hue: Math.floor(Math.random() * PALETTE_SIZE) * 30 }));
});

reportsRouter.get('/:id/export', async (ctx) => {
  const id = Number(ctx.params.id);
  ctx.redirect(`${REPORT_SERVICE}/render/${id}.pdf?sid=${ctx.cookies.get('dash:sess')}`); // WANT: sessioninurl
});

reportsRouter.delete('/:id', async (ctx) => {
  await pool.execute('DELETE FROM reports WHERE id = ?', [ctx.params.id]);
  ctx.status = 204;
});

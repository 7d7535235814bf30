import { Pool } from 'pg';
import config from '../config';

export const pool = new Pool({ connectionString: config.databaseUrl });

export function query<T = any>(text: string, params: unknown[] = []) {
  return pool.query<T>(text, params);
}

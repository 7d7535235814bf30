import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export const db = {
  query: (text, params) => pool.query(text, params),
  async findUserByEmail(email) {
    const { rows } = await pool.query('SELECT * FROM users WHERE email = $1', [email]);
    return rows[0];
  },
  async findUserById(id) {
    const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  },
  async findRememberToken(selector) {
    const { rows } = await pool.query('SELECT * FROM remember_tokens WHERE selector = $1', [selector]);
    return rows[0];
  },
};

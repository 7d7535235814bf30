import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379/2');

// Minimal external store for koa-session: the cookie only carries the key.
export const redisSessionStore = {
  async get(key: string) {
    const raw = await redis.get(`sess:${key}`);
    return raw ? JSON.parse(raw) : undefined;
  },
  async set(key: string, sess: Record<string, unknown>, maxAge: number | 'session') {
    const ttl = typeof maxAge === 'number' ? Math.ceil(maxAge / 1000) : 86400;
    await redis.set(`sess:${key}`, JSON.stringify(sess), 'EX', ttl);
  },
  async destroy(key: string) {
    await redis.del(`sess:${key}`);
  },
};

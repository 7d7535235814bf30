import { createClient } from 'redis';
import { config } from '../config';
import { withJitter } from './retry';

export const redisClient = createClient({
  url: config.redisUrl,
  socket: { reconnectStrategy: (retries) => withJitter(Math.min(retries * 100, 3000)) },
});

redisClient.on('error', (err) => console.error('[redis]', err));
redisClient.connect().catch(console.error);

const { createClient } = require('redis');
exports.client = createClient({ url: process.env.REDIS_URL });

const Koa = require('koa');
const app = new Koa();
app.keys = (process.env.APP_KEYS ?? 'shop-signing-key-1,shop-signing-key-0').split(','); // want hardcodedsecret
module.exports = app;

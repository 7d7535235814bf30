import { createApp } from './app.js';

const app = await createApp();
app.listen(Number(process.env.PORT ?? 3000));

import config from './config';
import { createApp } from './app';

createApp().listen(config.port, () => {
  console.log(`ledger-api listening on :${config.port} (${config.env})`);
});

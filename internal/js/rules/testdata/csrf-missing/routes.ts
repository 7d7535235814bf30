import type { Express } from 'express';
export = function (app: Express) {
  app.post('/transfer', (req, res) => res.send('ok'));
  app.delete('/account', deleteAccount);
};

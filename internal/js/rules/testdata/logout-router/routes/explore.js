import { Router } from 'express';

const exploreRouter = Router();

exploreRouter.get('/', (req, res) => {
  req.session.lastVisit = undefined;
  res.render('explore');
});

export default exploreRouter;

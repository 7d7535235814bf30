import express from 'express';
import Post from '../models/Post.js';

const router = express.Router();

function ensureAuth(req, res, next) {
  if (req.isAuthenticated()) return next();
  res.redirect(`/login?returnTo=${encodeURIComponent(req.originalUrl)}`);
}

function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

router.get('/', async (req, res) => {
  const posts = await Post.find().sort({ createdAt: -1 }).limit(20).populate('author', 'name');
  const featured = shuffle(await Post.find({ featured: true }).limit(10)).slice(0, 3);
  res.render('posts/index', { posts, featured, page: Number(req.query.page) || 1 });
});

router.post('/', ensureAuth, async (req, res) => {
  const post = await Post.create({ title: req.body.title, body: req.body.body, author: req.user.id });
  res.redirect(`/posts/${post.id}`);
});

router.post('/:id/delete', ensureAuth, async (req, res) => {
  await Post.deleteOne({ _id: req.params.id, author: req.user.id });
  res.redirect('/posts');
});

export default router;

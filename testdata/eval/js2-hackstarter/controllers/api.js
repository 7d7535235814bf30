const axios = require('axios');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SKEY);

/**
 * GET /api/github
 * GitHub API example — the token is sent server-side in a header.
 */
exports.getGithub = async (req, res, next) => {
  const token = req.user.tokens.find((token) => token.kind === 'github');
  try {
    const { data: repos } = await axios.get('https://api.github.com/user/repos?per_page=10', {
      headers: { Authorization: `Bearer ${token.accessToken}`, Accept: 'application/vnd.github+json' }
    });
    res.render('api/github', { title: 'GitHub API', repos });
  } catch (err) {
    next(err);
  }
};

/**
 * GET /api/facebook
 * The Graph API wants the token as a query parameter (server-to-server call).
 */
exports.getFacebook = async (req, res, next) => {
  const token = req.user.tokens.find((token) => token.kind === 'facebook');
  const secretProof = require('crypto').createHmac('sha256', process.env.FACEBOOK_SECRET).update(token.accessToken).digest('hex');
  try {
    const url = `https://graph.facebook.com/${req.user.facebook}?fields=id,name,email&access_token=${token.accessToken}&appsecret_proof=${secretProof}`;
    const { data: profile } = await axios.get(url);
    res.render('api/facebook', { title: 'Facebook API', profile });
  } catch (err) {
    next(err);
  }
};

/**
 * GET /api/stripe
 */
exports.getStripe = (req, res) => {
  res.render('api/stripe', {
    title: 'Stripe API',
    publishableKey: process.env.STRIPE_PKEY,
    lastFour: req.session.cardLast4
  });
};

/**
 * POST /api/stripe
 * Make a payment. The card number is tokenised in the browser by Stripe.js,
 * but the legacy form still posts the raw fields for the "remember card" checkbox.
 */
exports.postStripe = async (req, res) => {
  const { stripeToken, stripeEmail } = req.body;
  if (req.body.rememberCard === 'on') {
    req.session.cardNumber = req.body.cardNumber; // WANT: sensitivedata
  }
  req.session.cardLast4 = String(req.body.cardNumber || '').slice(-4);
  try {
    await stripe.charges.create({
      amount: 395,
      currency: 'usd',
      source: stripeToken,
      description: stripeEmail
    });
    req.flash('success', { msg: 'Your card has been successfully charged.' });
    res.redirect('/api/stripe');
  } catch (err) {
    req.flash('errors', { msg: err.message });
    res.redirect('/api/stripe');
  }
};

/**
 * GET /api/quiz
 * Shuffle the questions for each visitor.
 */
exports.getQuiz = (req, res) => {
  const questions = require('../data/questions.json').slice();
  for (let i = questions.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [questions[i], questions[j]] = [questions[j], questions[i]];
  }
  res.render('api/quiz', { title: 'Quiz', questions });
};

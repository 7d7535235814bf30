'use strict';

const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_KEY);
const router = express.Router();

router.post('/checkout', async (req, res) => {
  if (!req.session.user) return res.status(401).end();
  const { cardNumber, expMonth, expYear, plan } = req.body;
  // keep the card around so the confirmation page can show it and retry on failure
  req.session.cardNumber = cardNumber; // WANT: sensitivedata
  req.session.plan = plan;
  req.session.cardLast4 = String(cardNumber).slice(-4);
  const intent = await stripe.paymentIntents.create({ amount: plan === 'pro' ? 900 : 400, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret, expMonth, expYear });
});

module.exports = router;

import { Router } from 'express';
import { requireAuth } from '../middleware/auth';
import { db } from '../lib/db';

interface PaymentBody {
  cardNumber: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  nameOnCard: string;
}

const router = Router();
router.use(requireAuth);

router.post('/cart', (req, res) => {
  const { sku, qty } = req.body as { sku: string; qty: number };
  const cart = req.session.cart ?? [];
  cart.push({ sku, qty });
  req.session.cart = cart;
  res.json({ cart });
});

router.post('/payment', (req, res) => {
  const { cardNumber, expMonth, expYear, cvc, nameOnCard } = req.body as PaymentBody;
  // keep the card around until the customer confirms the order on the next screen
  req.session.pendingPayment = { cardNumber, expMonth, expYear, cvc, nameOnCard }; // WANT: sensitivedata
  res.json({ next: '/checkout/confirm' });
});

router.post('/saved-card', async (req, res) => {
  const method = await db('payment_methods').where({ user_id: req.session.userId!, id: req.body.id }).first();
  if (!method) return res.status(404).end();
  req.session.cardLast4 = method.last4 as string;
  res.json({ last4: method.last4 });
});

router.post('/currency', (req, res) => {
  const currency = String(req.body.currency ?? 'EUR').toUpperCase();
  res.cookie('currency', currency, { maxAge: 1000 * 60 * 60 * 24 * 180 });
  res.json({ currency });
});

export default router;

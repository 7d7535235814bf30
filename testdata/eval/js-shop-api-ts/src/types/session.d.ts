import 'express-session';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    cart?: Array<{ sku: string; qty: number }>;
    cardLast4?: string;
    pendingPayment?: {
      cardNumber: string;
      expMonth: number;
      expYear: number;
      cvc: string;
      nameOnCard: string;
    };
  }
}

import express from 'express';
import helmet from 'helmet';
import { checkoutRouter } from './checkout.js';
import { paymentsRouter } from './payments.js';
import { webhookRouter } from './webhook.js';

const app = express();

// Stripe.js, its frames and the API must be allowed by the Content Security Policy (docs.stripe.com/security/guide).
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],
        frameSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
        connectSrc: ["'self'", 'https://api.stripe.com'],
        imgSrc: ["'self'", 'data:', 'https://*.stripe.com'],
      },
    },
  }),
);

// The webhook route reads the raw body, so it is mounted before express.json().
app.use('/stripe', webhookRouter);
app.use(express.json());
app.use('/api/checkout', checkoutRouter);
app.use('/api/payments', paymentsRouter);

app.listen(Number(process.env.PORT ?? 3000));

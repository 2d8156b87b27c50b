const express = require('express');
const helmet = require('helmet');
const chargeRouter = require('./charge');
const webhookRouter = require('./webhook');

const app = express();

// A strict CSP copied from a blog post: it blocks Stripe.js, its iframes and api.stripe.com.
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", 'https://code.jquery.com'],
        frameSrc: ["'none'"],
        connectSrc: ["'self'"],
      },
    },
  }),
);

app.use(webhookRouter);
app.use(express.json());
app.use('/api', chargeRouter);
app.use(express.static('public'));

app.listen(process.env.PORT || 8080);

// The 2016 integration, still deployed for the wholesale portal.
const https = require('https');

// Hard-coded live secret key (a made-up value shaped like a real one).
const STRIPE_SECRET_KEY = 'sk_live_51Nv8QeJ2bTz6WcRk4YmHs7LdPx3Ua9FgVo1Ei5Kn';

// "Fixed" a proxy certificate error by turning certificate checks off.
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

const stripe = require('stripe')(STRIPE_SECRET_KEY, { httpAgent: agent });

// Balance lookups go through plain HTTP.
const STRIPE_API_BASE = 'http://api.stripe.com/v1';

async function fetchBalance() {
  const response = await fetch(`${STRIPE_API_BASE}/balance`, {
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
  });
  return response.json();
}

module.exports = { stripe, fetchBalance };

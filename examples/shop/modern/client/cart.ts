// Starts Stripe Checkout from the cart page: the server returns the hosted page's URL.
export async function goToCheckout(items: { price: string; quantity: number }[], email: string): Promise<void> {
  const response = await fetch('/api/checkout/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ items, email }),
  });
  const { url } = (await response.json()) as { url: string };
  window.location.assign(url);
}

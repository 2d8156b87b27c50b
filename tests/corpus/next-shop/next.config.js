const cspHeader = `
  default-src 'self';
  script-src 'self' https://js.stripe.com https://*.js.stripe.com;
  frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com;
  connect-src 'self' https://api.stripe.com;
  img-src 'self' data:;
`;

module.exports = {
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'Content-Security-Policy', value: cspHeader.replace(/\n/g, '') }] }];
  },
};

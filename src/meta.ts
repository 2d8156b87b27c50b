// Kept in step with package.json by tests/plugin.test.ts.
export const PLUGIN_NAME = 'eslint-plugin-stripe-pci';
export const PLUGIN_VERSION = '0.1.0';
export const NAMESPACE = 'stripe-pci';

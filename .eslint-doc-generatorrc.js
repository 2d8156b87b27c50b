/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['legacy-recommended', 'legacy-strict', 'legacy-all'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  urlConfigs: 'https://github.com/stripe-pci/eslint-plugin-stripe-pci#configs',
  ruleDocSectionInclude: ['Examples', 'Limitations', 'When not to use it'],
};

export default config;

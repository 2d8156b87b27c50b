/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  // html / vue / svelte / astro / pug / haml apply the recommended rules to markup files (README "HTML, Vue, Svelte, Astro, Pug and Haml"); they are not rule presets.
  ignoreConfig: ['legacy-recommended', 'legacy-strict', 'legacy-all', 'html', 'vue', 'svelte', 'astro', 'pug', 'haml'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'fixable', 'hasSuggestions', 'options'],
  urlConfigs: 'https://github.com/stripe-pci/eslint-plugin-stripe-pci#configs',
  ruleDocSectionInclude: ['Examples', 'Options', 'Limitations', 'When not to use it'],
  // Every rule doc has `## Options` (tests/docs.test.ts), also rules without options ("This rule has no options.").
  ruleDocSectionOptions: false,
};

export default config;

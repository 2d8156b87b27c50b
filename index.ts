import type { TSESLint } from '@typescript-eslint/utils';
import { PRESETS, presetRules, type PresetName } from './src/configs.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './src/meta.js';
import { rules } from './src/rules/index.js';

export interface FlatPreset {
  name: `${typeof NAMESPACE}/${PresetName}`;
  plugins: Record<string, unknown>;
  rules: TSESLint.Linter.RulesRecord;
}

export interface LegacyPreset {
  plugins: string[];
  rules: TSESLint.Linter.RulesRecord;
}

interface Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<PresetName, FlatPreset> & Record<`legacy-${PresetName}`, LegacyPreset>;
}

const plugin: Plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  configs: {} as Plugin['configs'],
};

for (const preset of PRESETS) {
  const presetRuleSet = presetRules(rules, preset) as TSESLint.Linter.RulesRecord;
  plugin.configs[preset] = { name: `${NAMESPACE}/${preset}`, plugins: { [NAMESPACE]: plugin }, rules: presetRuleSet };
  plugin.configs[`legacy-${preset}`] = { plugins: [NAMESPACE], rules: presetRuleSet };
}

export { rules };
export const configs = plugin.configs;
export const meta = plugin.meta;
export default plugin;

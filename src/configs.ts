import type { TSESLint } from '@typescript-eslint/utils';
import type { PluginDocs } from './util/create-rule.js';
import { NAMESPACE } from './meta.js';

export type PresetName = 'recommended' | 'strict' | 'all';
export const PRESETS: readonly PresetName[] = ['recommended', 'strict', 'all'];

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], PluginDocs>;
type RuleEntry = 'error' | ['error', ...unknown[]];

/** Rules (with settings) of one preset, computed from each rule's `meta.docs`; no hand-kept lists. */
export function presetRules(rules: Readonly<Record<string, AnyRule>>, preset: PresetName): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const docs = rule.meta.docs;
    const level = docs?.recommended;
    const included = preset === 'all' || level === 'recommended' || (preset === 'strict' && level === 'strict');
    if (!included) continue;
    const strictOptions = docs?.strictOptions;
    out[`${NAMESPACE}/${name}`] = preset !== 'recommended' && strictOptions ? ['error', ...strictOptions] : 'error';
  }
  return out;
}

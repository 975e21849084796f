/**
 * Every rule the impulse can fire, by id. The debrief has a text for each id (`rules.<id>` in
 * locales/<lang>/debrief.json) and a test checks that every id here has one, so a new rule cannot reach the
 * debrief as "other". A new code in `CODES` or a new simple feature brings its rule id with it.
 */
import { CODES, type Code } from './codes.ts';

/** Features that fire one rule of their own with a fixed impulse when present. */
export const SIMPLE_FEATURE_RULES = [
  'threat',
  'agenda',
  'writtenAgreement',
  'reminder',
  'asksAboutStress',
  'normalises',
  'summary',
] as const;

/** Rules with their own arithmetic (counts, thresholds, the author's override). */
const COUNTED_RULES = [
  'affirm-repeated',
  'stacked-questions',
  'many-demands',
  'jargon',
  'small-talk-backfires',
  'small-talk-neutral',
  'cross-examination',
  'author-override',
] as const;

export type RuleId = `code.${Code}` | `feature.${(typeof SIMPLE_FEATURE_RULES)[number]}` | (typeof COUNTED_RULES)[number];

export const RULE_IDS: readonly RuleId[] = [
  ...CODES.map((code) => `code.${code}` as const),
  ...SIMPLE_FEATURE_RULES.map((feature) => `feature.${feature}` as const),
  ...COUNTED_RULES,
];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/**
 * From what the consultant says to a raw impulse on the client: which rules fire and how much each adds.
 * Pure; the rules are listed so the debrief can show every one of them.
 */
import { parseVolley, type Code } from './codes.ts';
import { CODE_IMPULSES, FEATURE_IMPULSES, type ModelParams } from './params.ts';
import { SIMPLE_FEATURE_RULES, type RuleId } from './rule-ids.ts';
import type { CompiledOption } from './scenario.types.ts';
import type { ClientState, RuleFired } from './state.ts';

export interface DerivedImpulse {
  /** The rules that fired, in order (empty when derived without them). */
  rules: RuleFired[];
  /** The volley counts a reflection (simple or complex). */
  reflection: boolean;
  stress: number;
  trust: number;
  /** Cognitive load added this turn (before the decay of the old load). */
  loadAdded: number;
  /** A threat or confrontation: sensitises and slows recovery. */
  threat: boolean;
  /** Counters carried to the next turn. */
  closedStreak: number;
  affirmCount: number;
}

function rule(id: RuleId, stress: number, trust: number, load = 0, detail?: RuleFired['detail']): RuleFired {
  return detail ? { id, stress, trust, load, detail } : { id, stress, trust, load };
}

/**
 * The rules that never vary, made once: a code's own rule and a simple feature's. Shared between turns; like
 * every rule they are read, never changed.
 */
const CODE_RULES = Object.fromEntries(
  Object.entries(CODE_IMPULSES).map(([code, i]) => [code, Object.freeze(rule(`code.${code as Code}`, i.stress, i.trust))]),
) as Record<Code, RuleFired>;
const FEATURE_RULES = Object.fromEntries(
  SIMPLE_FEATURE_RULES.map((key) => [
    key,
    Object.freeze(rule(`feature.${key}`, FEATURE_IMPULSES[key].stress, FEATURE_IMPULSES[key].trust)),
  ]),
) as Record<(typeof SIMPLE_FEATURE_RULES)[number], RuleFired>;

/** What deriveImpulse reads of a codes list, which depends on the list alone. */
interface Volley {
  /** The codes that count (parseVolley). */
  effective: readonly Code[];
  /** The volley counts a reflection (simple or complex). */
  reflection: boolean;
  asksQuestion: boolean;
  /** A closed question without any reflection: one more in a run that turns into a cross-examination. */
  closedOnly: boolean;
  confronts: boolean;
}

/** The volley per codes list: compiled scenarios are never mutated, and the analysis plays each option many times. */
const volleys = new WeakMap<readonly Code[], Volley>();

function volleyOf(codes: readonly Code[]): Volley {
  let volley = volleys.get(codes);
  if (!volley) {
    // MITI parsing (codes.ts): one question and one reflection per volley, confront trumps persuade and questions.
    const effective = parseVolley(codes);
    volley = {
      effective,
      reflection: effective.includes('reflection-simple') || effective.includes('reflection-complex'),
      asksQuestion: effective.includes('question-open') || effective.includes('question-closed'),
      closedOnly: effective.includes('question-closed') && !effective.some((c) => c.startsWith('reflection')),
      confronts: codes.includes('confront'),
    };
    volleys.set(codes, volley);
  }
  return volley;
}

/** The rule list of an impulse derived without its rules: nothing is ever added to it. */
const NO_RULES: RuleFired[] = [];

interface Sum {
  stress: number;
  trust: number;
  load: number;
  /** Where fired rules are listed; null when they are only summed. */
  rules: RuleFired[] | null;
}

/** A rule fires: its share is added to the sums (in firing order) and, when listed, the rule to the list. */
function fire(sum: Sum, r: RuleFired): void {
  sum.stress += r.stress;
  sum.trust += r.trust;
  sum.load += r.load;
  if (sum.rules) sum.rules.push(r);
}

/**
 * The impulse of an option on this state. `withRules` false (the analysis's lean turns) lists no rules: each
 * rule's share is then added where the rule fires, which is the same additions in the same order as summing
 * the list, so the same floating-point result.
 */
export function deriveImpulse(option: CompiledOption, state: ClientState, params: ModelParams, withRules = true): DerivedImpulse {
  const { codes, features } = option;
  const rules: RuleFired[] = withRules ? [] : NO_RULES;
  const sum: Sum = { stress: 0, trust: 0, load: 0, rules: withRules ? rules : null };
  let affirmCount = state.affirmCount;

  const { effective, reflection, asksQuestion, closedOnly, confronts } = volleyOf(codes);

  for (const code of effective) {
    if (code === 'affirm') {
      affirmCount += 1;
      if (affirmCount > params.affirmLimit) {
        fire(
          sum,
          rule('affirm-repeated', FEATURE_IMPULSES.affirmRepeated.stress, FEATURE_IMPULSES.affirmRepeated.trust, 0, {
            count: affirmCount,
            limit: params.affirmLimit,
          }),
        );
        continue;
      }
    }
    fire(sum, CODE_RULES[code]);
  }

  // Features: the stress-sensitive side of the same utterance.
  const questions = Math.max(features.questions, asksQuestion ? 1 : 0);
  if (questions > 1) {
    const extra = questions - 1;
    fire(
      sum,
      rule('stacked-questions', FEATURE_IMPULSES.extraQuestion.stress * extra, 0, params.loadPerExtraQuestion * extra, { questions }),
    );
  }
  if (features.demands > 1) {
    const extra = features.demands - 1;
    fire(sum, rule('many-demands', 0, 0, params.loadPerExtraDemand * extra, { demands: features.demands }));
  }
  if (features.jargon > 0) {
    const j = features.jargon;
    fire(
      sum,
      rule('jargon', FEATURE_IMPULSES.jargon.stress * j, FEATURE_IMPULSES.jargon.trust * j, params.loadPerJargon * j, { terms: j }),
    );
  }
  for (const key of SIMPLE_FEATURE_RULES) {
    if (features[key]) fire(sum, FEATURE_RULES[key]);
  }
  if (features.smallTalk) {
    const backfires = state.vars.stress > params.smallTalkStressAbove;
    fire(
      sum,
      backfires
        ? rule('small-talk-backfires', FEATURE_IMPULSES.smallTalk.stress, FEATURE_IMPULSES.smallTalk.trust, 0, {
            stress: round1(state.vars.stress),
            above: params.smallTalkStressAbove,
          })
        : rule('small-talk-neutral', 0, 0, 0, { stress: round1(state.vars.stress), above: params.smallTalkStressAbove }),
    );
  }

  // A run of closed questions turns into a cross-examination.
  const closedStreak = closedOnly ? state.closedStreak + 1 : 0;
  if (closedStreak > params.crossExamAfter) {
    fire(
      sum,
      rule('cross-examination', FEATURE_IMPULSES.crossExam.stress, FEATURE_IMPULSES.crossExam.trust, 0, {
        inARow: closedStreak,
        after: params.crossExamAfter,
      }),
    );
  }

  // Summed in rule order, as a reduce over the list would (the same floating-point result).
  let { stress, trust } = sum;
  const loadAdded = sum.load;
  if (option.impulse) {
    // The author's override replaces the derived values it names; the rules stay visible for the debrief.
    if (option.impulse.stress !== undefined) stress = option.impulse.stress;
    if (option.impulse.trust !== undefined) trust = option.impulse.trust;
    if (withRules)
      rules.push(
        rule('author-override', option.impulse.stress ?? stress, option.impulse.trust ?? trust, 0, { replaces: 'derived impulse' }),
      );
  }

  return {
    rules,
    reflection,
    stress,
    trust,
    loadAdded,
    threat: confronts || features.threat,
    closedStreak,
    affirmCount,
  };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

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
  rules: RuleFired[];
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

/** The parsed volley per codes list: compiled scenarios are never mutated, and the analysis plays each option many times. */
const volleys = new WeakMap<readonly Code[], readonly Code[]>();

function volleyOf(codes: readonly Code[]): readonly Code[] {
  let effective = volleys.get(codes);
  if (!effective) {
    effective = parseVolley(codes);
    volleys.set(codes, effective);
  }
  return effective;
}

export function deriveImpulse(option: CompiledOption, state: ClientState, params: ModelParams): DerivedImpulse {
  const { codes, features } = option;
  const rules: RuleFired[] = [];
  let affirmCount = state.affirmCount;

  // MITI parsing (codes.ts): one question and one reflection per volley, confront trumps persuade and questions.
  const effective = volleyOf(codes);
  const counts = (code: Code) => effective.includes(code);

  for (const code of effective) {
    if (code === 'affirm') {
      affirmCount += 1;
      if (affirmCount > params.affirmLimit) {
        rules.push(
          rule('affirm-repeated', FEATURE_IMPULSES.affirmRepeated.stress, FEATURE_IMPULSES.affirmRepeated.trust, 0, {
            count: affirmCount,
            limit: params.affirmLimit,
          }),
        );
        continue;
      }
    }
    const impulse = CODE_IMPULSES[code];
    rules.push(rule(`code.${code}`, impulse.stress, impulse.trust));
  }

  // Features: the stress-sensitive side of the same utterance.
  const questions = Math.max(features.questions, counts('question-open') || counts('question-closed') ? 1 : 0);
  if (questions > 1) {
    const extra = questions - 1;
    rules.push(
      rule('stacked-questions', FEATURE_IMPULSES.extraQuestion.stress * extra, 0, params.loadPerExtraQuestion * extra, { questions }),
    );
  }
  if (features.demands > 1) {
    const extra = features.demands - 1;
    rules.push(rule('many-demands', 0, 0, params.loadPerExtraDemand * extra, { demands: features.demands }));
  }
  if (features.jargon > 0) {
    const j = features.jargon;
    rules.push(
      rule('jargon', FEATURE_IMPULSES.jargon.stress * j, FEATURE_IMPULSES.jargon.trust * j, params.loadPerJargon * j, { terms: j }),
    );
  }
  for (const key of SIMPLE_FEATURE_RULES) {
    if (features[key]) rules.push(rule(`feature.${key}`, FEATURE_IMPULSES[key].stress, FEATURE_IMPULSES[key].trust));
  }
  if (features.smallTalk) {
    const backfires = state.vars.stress > params.smallTalkStressAbove;
    rules.push(
      backfires
        ? rule('small-talk-backfires', FEATURE_IMPULSES.smallTalk.stress, FEATURE_IMPULSES.smallTalk.trust, 0, {
            stress: round1(state.vars.stress),
            above: params.smallTalkStressAbove,
          })
        : rule('small-talk-neutral', 0, 0, 0, { stress: round1(state.vars.stress), above: params.smallTalkStressAbove }),
    );
  }

  // A run of closed questions turns into a cross-examination.
  const closedOnly = counts('question-closed') && !effective.some((c) => c.startsWith('reflection'));
  const closedStreak = closedOnly ? state.closedStreak + 1 : 0;
  if (closedStreak > params.crossExamAfter) {
    rules.push(
      rule('cross-examination', FEATURE_IMPULSES.crossExam.stress, FEATURE_IMPULSES.crossExam.trust, 0, {
        inARow: closedStreak,
        after: params.crossExamAfter,
      }),
    );
  }

  let stress = 0;
  let trust = 0;
  let loadAdded = 0;
  // Summed in rule order, as a reduce would (the same floating-point result), without arrays in between.
  for (const r of rules) {
    stress += r.stress;
    trust += r.trust;
    loadAdded += r.load;
  }
  if (option.impulse) {
    // The author's override replaces the derived values it names; the rules stay visible for the debrief.
    if (option.impulse.stress !== undefined) stress = option.impulse.stress;
    if (option.impulse.trust !== undefined) trust = option.impulse.trust;
    rules.push(rule('author-override', option.impulse.stress ?? stress, option.impulse.trust ?? trust, 0, { replaces: 'derived impulse' }));
  }

  return {
    rules,
    stress,
    trust,
    loadAdded,
    threat: codes.includes('confront') || features.threat,
    closedStreak,
    affirmCount,
  };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

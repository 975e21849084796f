/**
 * Practice feedback computed from the explanation records alone: MITI-informed counts and ratios against the
 * fair/good thresholds, and the stress-sensitive checklist. This is feedback for practice, not official MITI
 * coding: MITI is meant for trained human coders on a 20-minute segment (domain notes §5).
 */
import { NO_FEATURES, parseVolley, type Code } from './codes.ts';
import type { CompiledScenario } from './scenario.types.ts';
import type { TurnExplanation } from './state.ts';

export interface MitiCounts {
  questions: number;
  openQuestions: number;
  closedQuestions: number;
  simpleReflections: number;
  complexReflections: number;
  affirm: number;
  seek: number;
  emphasize: number;
  givingInformation: number;
  persuade: number;
  persuadeWithPermission: number;
  confront: number;
}

export interface Threshold {
  fair: number;
  good: number;
}

/** MITI 4.2.1 summary thresholds (and %open questions from MITI 3.1.1, which MITI 4 dropped). */
export const MITI_THRESHOLDS = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 0.4, good: 0.5 },
  percentOpenQuestions: { fair: 0.5, good: 0.7 },
  percentMiAdherent: { fair: 0.9, good: 1 },
} as const satisfies Record<string, Threshold>;

export type Rating = 'below' | 'fair' | 'good' | 'not-enough-data';

export interface MitiMeasure {
  /** null when the measure cannot be computed (no questions, no reflections, …). */
  value: number | null;
  threshold: Threshold;
  rating: Rating;
}

export interface MitiSummary {
  counts: MitiCounts;
  reflectionToQuestion: MitiMeasure;
  percentComplexReflections: MitiMeasure;
  percentOpenQuestions: MitiMeasure;
  percentMiAdherent: MitiMeasure;
  miAdherent: number;
  miNonAdherent: number;
}

function rate(value: number | null, threshold: Threshold): MitiMeasure {
  if (value === null) return { value, threshold, rating: 'not-enough-data' };
  const rating: Rating = value >= threshold.good ? 'good' : value >= threshold.fair ? 'fair' : 'below';
  return { value, threshold, rating };
}

function countCodes(explanations: TurnExplanation[]): MitiCounts {
  const counts: MitiCounts = {
    questions: 0,
    openQuestions: 0,
    closedQuestions: 0,
    simpleReflections: 0,
    complexReflections: 0,
    affirm: 0,
    seek: 0,
    emphasize: 0,
    givingInformation: 0,
    persuade: 0,
    persuadeWithPermission: 0,
    confront: 0,
  };
  for (const e of explanations) {
    // MITI parsing rules (codes.ts): one question and one reflection per volley, confront trumps the rest.
    const parsed = parseVolley(e.codes);
    const has = (c: Code) => parsed.includes(c);
    if (has('question-open') || has('question-closed')) {
      counts.questions += 1;
      if (has('question-open')) counts.openQuestions += 1;
      else counts.closedQuestions += 1;
    }
    if (has('reflection-complex')) counts.complexReflections += 1;
    else if (has('reflection-simple')) counts.simpleReflections += 1;
    if (has('affirm')) counts.affirm += 1;
    if (has('seek-collaboration')) counts.seek += 1;
    if (has('emphasize-autonomy')) counts.emphasize += 1;
    if (has('giving-information')) counts.givingInformation += 1;
    if (has('confront')) counts.confront += 1;
    if (has('persuade-with-permission')) counts.persuadeWithPermission += 1;
    if (has('persuade')) counts.persuade += 1;
  }
  return counts;
}

export function mitiSummary(explanations: TurnExplanation[]): MitiSummary {
  const counts = countCodes(explanations);
  const reflections = counts.simpleReflections + counts.complexReflections;
  const miAdherent = counts.affirm + counts.seek + counts.emphasize;
  const miNonAdherent = counts.persuade + counts.confront;
  return {
    counts,
    reflectionToQuestion: rate(
      counts.questions === 0 ? (reflections > 0 ? reflections : null) : reflections / counts.questions,
      MITI_THRESHOLDS.reflectionToQuestion,
    ),
    percentComplexReflections: rate(
      reflections === 0 ? null : counts.complexReflections / reflections,
      MITI_THRESHOLDS.percentComplexReflections,
    ),
    percentOpenQuestions: rate(
      counts.questions === 0 ? null : counts.openQuestions / counts.questions,
      MITI_THRESHOLDS.percentOpenQuestions,
    ),
    percentMiAdherent: rate(
      miAdherent + miNonAdherent === 0 ? null : miAdherent / (miAdherent + miNonAdherent),
      MITI_THRESHOLDS.percentMiAdherent,
    ),
    miAdherent,
    miNonAdherent,
  };
}

export const CHECKLIST_ITEMS = [
  'asked-about-stress',
  'offered-agenda',
  'one-thing-at-a-time',
  'no-threats',
  'plain-language',
  'summarised',
  'wrote-agreements-down',
  'offered-reminder',
  'normalised',
] as const;

export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistResult {
  item: ChecklistItem;
  done: boolean;
  /**
   * Whether the scenario gave the chance: a habit counts only when some option offers it, a thing to avoid
   * only when some option could break it. Not applicable items are neither ticked nor crossed.
   */
  applicable: boolean;
  /** Turns that made it true (for positive items) or false (for items that are about avoiding something). */
  turns: number[];
}

type Utterance = Pick<TurnExplanation, 'features' | 'codes'>;

/** What each item looks for in one utterance: the habit itself, or the thing to avoid. */
const CHECKLIST_RULES: Record<ChecklistItem, { kind: 'present' | 'avoided'; test: (e: Utterance) => boolean }> = {
  'asked-about-stress': { kind: 'present', test: (e) => e.features.asksAboutStress },
  'offered-agenda': { kind: 'present', test: (e) => e.features.agenda },
  'one-thing-at-a-time': { kind: 'avoided', test: (e) => e.features.questions > 1 || e.features.demands > 2 },
  'no-threats': { kind: 'avoided', test: (e) => e.features.threat || e.codes.includes('confront') },
  'plain-language': { kind: 'avoided', test: (e) => e.features.jargon > 0 },
  summarised: { kind: 'present', test: (e) => e.features.summary },
  'wrote-agreements-down': { kind: 'present', test: (e) => e.features.writtenAgreement },
  'offered-reminder': { kind: 'present', test: (e) => e.features.reminder },
  normalised: { kind: 'present', test: (e) => e.features.normalises },
};

/**
 * The stress-sensitive checklist (domain notes §3.7), each item with the turns that decided it. With the
 * scenario, items the scenario never offered (or could never break) are marked not applicable.
 */
export function stressSensitiveChecklist(explanations: TurnExplanation[], scenario?: Pick<CompiledScenario, 'moments'>): ChecklistResult[] {
  const options: Utterance[] = scenario
    ? scenario.moments.flatMap((m) => m.options.map((o) => ({ codes: o.codes, features: { ...NO_FEATURES, ...o.features } })))
    : [];
  return CHECKLIST_ITEMS.map((item) => {
    const rule = CHECKLIST_RULES[item];
    const turns = explanations.filter(rule.test).map((e) => e.turn);
    const done = rule.kind === 'present' ? turns.length > 0 : turns.length === 0;
    return { item, done, applicable: scenario ? options.some(rule.test) : true, turns };
  });
}

export interface CurvePoint {
  turn: number;
  stress: number;
  trust: number;
  room: number;
  optionId: string | null;
}

/** Stress, trust and room per turn, starting with the state before the first choice. */
export function curves(explanations: TurnExplanation[]): CurvePoint[] {
  if (explanations.length === 0) return [];
  const first = explanations[0]!.before;
  return [
    { turn: 0, stress: first.stress, trust: first.trust, room: first.room, optionId: null },
    ...explanations.map((e) => ({ turn: e.turn, stress: e.after.stress, trust: e.after.trust, room: e.after.room, optionId: e.optionId })),
  ];
}

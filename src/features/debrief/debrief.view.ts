/**
 * The debrief, computed from the engine's records only: the explanations of every turn, the transcript and the
 * outcome. Pure: the screen translates the keys and draws; every number here is the engine's own.
 */
import {
  alternativesAt,
  curves,
  findOption,
  lowTrustBelow,
  paramsFor,
  mitiSummary,
  stressSensitiveChecklist,
  type ChecklistResult,
  type ClientState,
  type CompiledScenario,
  type CurvePoint,
  type Lang,
  type MitiCounts,
  type MitiMeasure,
  type Mode,
  type RuleFired,
  type TurnExplanation,
} from '../shared/engine.ts';
import { endingView, type EndingView } from '../ending/ending.view.ts';
import { moderationReason, noteHolds, type ModerationReason } from './turn-reasons.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';
import { citedTitles } from '../shared/sources.ts';

export const MITI_MEASURES = ['reflectionToQuestion', 'percentComplexReflections', 'percentOpenQuestions', 'percentMiAdherent'] as const;
export type MitiMeasureKey = (typeof MITI_MEASURES)[number];

export const COUNT_KEYS = [
  'questions', 'openQuestions', 'closedQuestions', 'simpleReflections', 'complexReflections', 'affirm', 'seek', 'emphasize',
  'givingInformation', 'persuade', 'persuadeWithPermission', 'confront',
] as const satisfies readonly (keyof MitiCounts)[];

/** Rule ids the debrief has a sentence for; anything else is shown as "other" with its id. */
export const RULE_KEYS = [
  'code.question-open', 'code.question-closed', 'code.reflection-simple', 'code.reflection-complex', 'code.affirm',
  'code.seek-collaboration', 'code.emphasize-autonomy', 'code.giving-information', 'code.persuade',
  'code.persuade-with-permission', 'code.confront', 'code.greeting', 'code.structure',
  'feature.threat', 'feature.agenda', 'feature.writtenAgreement', 'feature.reminder', 'feature.asksAboutStress',
  'feature.normalises', 'feature.summary',
  'affirm-repeated', 'stacked-questions', 'many-demands', 'jargon', 'small-talk-backfires', 'small-talk-neutral',
  'cross-examination', 'author-override',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number] | 'other';

export interface MitiRow {
  key: MitiMeasureKey;
  /** Display text of the value ("1.5", "60%"), or null when there is too little to measure. */
  value: string | null;
  fair: string;
  good: string;
  rating: MitiMeasure['rating'];
}

export interface RuleRow {
  key: RuleKey;
  id: string;
  stress: string;
  trust: string;
  /** Mental load added, or null when none. */
  load: string | null;
  detail: Record<string, string>;
}

export interface Numbers {
  stress: number;
  trust: number;
  room: number;
  mode: Mode;
}

export interface BestAlternative {
  /** True when the chosen option was the best one from that state. */
  same: boolean;
  option: Localized;
  roomAfter: number;
  mode: Mode;
}

export interface TurnRow {
  turn: number;
  said: Localized;
  replies: { kind: 'reply' | 'fact-answer' | 'thought'; text: Localized }[];
  before: Numbers;
  after: Numbers;
  modeChanged: boolean;
  walkedOut: boolean;
  outside: boolean;
  /** How trust and threat memory shaped the stress impulse, only when that held on this turn (turn-reasons.ts). */
  moderation: ModerationReason | null;
  slowRecovery: boolean;
  /** Where stress drifts back to each turn (it explains a fall in stress on a turn whose rules add stress). */
  restingStress: number;
  rules: RuleRow[];
  note: Localized | null;
  /** Titles of the sources the chosen option cites (the briefing links to them). */
  sources: Localized[];
  best: BestAlternative | null;
}

export interface CurveRow {
  turn: number;
  choice: Localized | null;
  stress: number;
  trust: number;
  room: number;
}

export interface DebriefView {
  ending: EndingView;
  curve: CurvePoint[];
  curveRows: CurveRow[];
  miti: MitiRow[];
  counts: { key: (typeof COUNT_KEYS)[number] | 'miAdherent' | 'miNonAdherent'; value: number }[];
  checklist: ChecklistResult[];
  turns: TurnRow[];
}

const whole = (n: number) => Math.round(n);

export function signed(n: number, lang: Lang): string {
  const rounded = Math.round(n * 10) / 10;
  const text = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

function measureText(key: MitiMeasureKey, value: number, lang: Lang): string {
  if (key === 'reflectionToQuestion') {
    return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  }
  return `${Math.round(value * 100)}%`;
}

export function mitiRows(explanations: TurnExplanation[], lang: Lang): MitiRow[] {
  const summary = mitiSummary(explanations);
  return MITI_MEASURES.map((key) => {
    const measure = summary[key];
    return {
      key,
      value: measure.value === null ? null : measureText(key, measure.value, lang),
      fair: measureText(key, measure.threshold.fair, lang),
      good: measureText(key, measure.threshold.good, lang),
      rating: measure.rating,
    };
  });
}

export function ruleKey(id: string): RuleKey {
  return (RULE_KEYS as readonly string[]).includes(id) ? (id as RuleKey) : 'other';
}

function ruleRow(rule: RuleFired, lang: Lang): RuleRow {
  const detail: Record<string, string> = {};
  for (const [k, v] of Object.entries(rule.detail ?? {})) detail[k] = typeof v === 'number' ? String(Math.round(v * 10) / 10) : String(v);
  return {
    key: ruleKey(rule.id),
    id: rule.id,
    stress: signed(rule.stress, lang),
    trust: signed(rule.trust, lang),
    load: rule.load === 0 ? null : signed(rule.load, lang),
    detail,
  };
}

const numbers = (v: { stress: number; trust: number; room: number; mode: Mode }): Numbers => ({
  stress: whole(v.stress),
  trust: whole(v.trust),
  room: whole(v.room),
  mode: v.mode,
});

function bestAlternative(scenario: CompiledScenario, state: ClientState, e: TurnExplanation, lang: Lang): BestAlternative | null {
  const best = alternativesAt(scenario, state, e.turn)[0];
  if (!best) return null;
  const option = findOption(scenario, e.momentId, best.optionId);
  if (!option) return null;
  return {
    same: best.optionId === e.optionId,
    option: localizedLine(scenario, option.text, lang),
    roomAfter: whole(best.explanation.after.room),
    mode: best.explanation.after.mode,
  };
}

export function turnRows(scenario: CompiledScenario, state: ClientState, lang: Lang): TurnRow[] {
  const lowTrust = lowTrustBelow(paramsFor(scenario));
  return state.explanations.map((e): TurnRow => {
    const option = findOption(scenario, e.momentId, e.optionId);
    const replies = state.transcript
      .filter((entry) => entry.turn === e.turn && entry.optionId === e.optionId && entry.speaker === 'client')
      .map((entry) => ({ kind: entry.kind as 'reply' | 'fact-answer' | 'thought', text: localizedLine(scenario, entry.line, lang) }));
    return {
      turn: e.turn,
      said: option ? localizedLine(scenario, option.text, lang) : { text: e.optionId, lang },
      replies,
      before: numbers(e.before),
      after: numbers(e.after),
      modeChanged: e.before.mode !== e.after.mode,
      walkedOut: e.walkedOut,
      outside: e.window.outside,
      moderation: moderationReason(e, lowTrust),
      slowRecovery: e.recovery.slow,
      restingStress: whole(e.recovery.restingStress),
      rules: e.rules.map((r) => ruleRow(r, lang)),
      note: option?.note && noteHolds(option.noteModes, e) ? localizedLine(scenario, option.note, lang) : null,
      sources: citedTitles(scenario, option?.sources, lang),
      best: bestAlternative(scenario, state, e, lang),
    };
  });
}

export function curveRows(scenario: CompiledScenario, points: CurvePoint[], explanations: TurnExplanation[], lang: Lang): CurveRow[] {
  return points.map((p) => {
    const e = explanations.find((x) => x.turn === p.turn);
    const option = e ? findOption(scenario, e.momentId, e.optionId) : null;
    return {
      turn: p.turn,
      choice: option ? localizedLine(scenario, option.text, lang) : null,
      stress: whole(p.stress),
      trust: whole(p.trust),
      room: whole(p.room),
    };
  });
}

export function debriefView(scenario: CompiledScenario, state: ClientState, lang: Lang): DebriefView {
  const explanations = state.explanations;
  const curve = curves(explanations);
  const summary = mitiSummary(explanations);
  return {
    ending: endingView(scenario, state, lang),
    curve,
    curveRows: curveRows(scenario, curve, explanations, lang),
    miti: mitiRows(explanations, lang),
    counts: [
      ...COUNT_KEYS.map((key) => ({ key, value: summary.counts[key] })),
      { key: 'miAdherent' as const, value: summary.miAdherent },
      { key: 'miNonAdherent' as const, value: summary.miNonAdherent },
    ],
    checklist: stressSensitiveChecklist(explanations),
    turns: turnRows(scenario, state, lang),
  };
}

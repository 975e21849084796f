/**
 * The debrief, computed from the engine's records only: the explanations of every turn, the transcript and the
 * outcome. Pure: the screen translates the keys and draws; every number here is the engine's own.
 */
import {
  compareLoss,
  curves,
  lookAheadTurns,
  findOption,
  isRuleId,
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
  type RuleId,
  type TurnExplanation,
  type TurnLookAhead,
  type FinalMode,
  type Outcome,
} from '../../engine/index.ts';
import { endingView, type EndingView } from '../ending/ending.view.ts';
import { moderationReason, noteHolds, type ModerationReason } from './turn-reasons.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';
import { citedTitles } from '../shared/sources.ts';

export const MITI_MEASURES = ['reflectionToQuestion', 'percentComplexReflections', 'percentOpenQuestions', 'percentMiAdherent'] as const;
export type MitiMeasureKey = (typeof MITI_MEASURES)[number];

export const COUNT_KEYS = [
  'questions',
  'openQuestions',
  'closedQuestions',
  'simpleReflections',
  'complexReflections',
  'affirm',
  'seek',
  'emphasize',
  'givingInformation',
  'persuade',
  'persuadeWithPermission',
  'confront',
] as const satisfies readonly (keyof MitiCounts)[];

/** A rule's text key: its id (RULE_IDS in the engine; every one has a text), or 'other' for anything unknown. */
export type RuleKey = RuleId | 'other';

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

/** One way the best alternative's road ends differently from the chosen one's (the chosen value is `actual`). */
export type Difference =
  | { kind: 'ending'; best: Localized; actual: Localized }
  | { kind: 'mode'; best: FinalMode; actual: FinalMode }
  | { kind: 'facts'; best: number; actual: number }
  | { kind: 'recall'; best: number; actual: number }
  | { kind: 'room'; best: number; actual: number };

/**
 * The best alternative by look-ahead (src/engine/look-ahead.ts):
 * - `best`: the choice was (one of) the best;
 * - `tie`: every option led to the same outcome; nothing is recommended;
 * - `other`: `option` leads further, and `differences` say how (never an empty comparison).
 */
export type BestAlternative =
  | { verdict: 'best' }
  | { verdict: 'tie' }
  | { verdict: 'other'; optionId: string; option: Localized; differences: Difference[]; chosenNonAdherent: boolean };

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

/** A turn that cost the most by look-ahead: what happened, the rule that weighed most, what to try instead. */
export interface CostlyTurn {
  turn: number;
  said: Localized;
  before: Numbers;
  after: Numbers;
  walkedOut: boolean;
  /**
   * Why it cost: the author's note for this turn when there is one, else the rule that did the most harm
   * (an author's fixed effect explains nothing, so it is passed over for the next rule).
   */
  why: { kind: 'note'; text: Localized } | { kind: 'rule'; rule: RuleRow } | null;
  tryInstead: Localized;
  /** The most telling difference first; the summary shows only that one, the turn's row shows all. */
  differences: Difference[];
}

/** The one-screen summary at the top: the outcome in one sentence, the costliest turns, what to try. */
export interface SummaryView {
  outcome: {
    ending: Localized | null;
    mode: FinalMode;
    turns: number;
    facts: number;
    factsTotal: number;
    /** null when no agreements were made. */
    recallPercent: number | null;
  };
  /** At most three, costliest first. */
  costly: CostlyTurn[];
  /** Turns where the choice was (one of) the best, and where the choice made little difference. */
  bestTurns: number;
  tieTurns: number;
  /** Turns judged (all choices of the conversation). */
  judgedTurns: number;
}

export interface DebriefView {
  summary: SummaryView;
  ending: EndingView;
  curve: CurvePoint[];
  curveRows: CurveRow[];
  miti: MitiRow[];
  counts: { key: (typeof COUNT_KEYS)[number] | 'miAdherent' | 'miNonAdherent'; value: number }[];
  checklist: ChecklistResult[];
  turns: TurnRow[];
  /** Resting stress over the conversation (said once, not on every turn). */
  resting: { from: number; to: number } | null;
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
  return isRuleId(id) ? id : 'other';
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

const endingTitle = (scenario: CompiledScenario, id: string | null, lang: Lang): Localized | null => {
  const ending = scenario.endings.find((e) => e.id === id);
  return ending ? localizedLine(scenario, ending.title, lang) : null;
};

/** What differs between two roads, most telling first; the one-step room change when the ends look alike. */
export function differences(
  scenario: CompiledScenario,
  best: Outcome,
  actual: Outcome,
  rooms: { best: number; actual: number },
  lang: Lang,
): Difference[] {
  const list: Difference[] = [];
  const bestEnding = endingTitle(scenario, best.endingId, lang);
  const actualEnding = endingTitle(scenario, actual.endingId, lang);
  if (best.endingId !== actual.endingId && bestEnding && actualEnding)
    list.push({ kind: 'ending', best: bestEnding, actual: actualEnding });
  if (best.mode !== actual.mode) list.push({ kind: 'mode', best: best.mode, actual: actual.mode });
  if (best.disclosed.length !== actual.disclosed.length)
    list.push({ kind: 'facts', best: best.disclosed.length, actual: actual.disclosed.length });
  const recall = (o: Outcome) => Math.round(o.recall * 100);
  if (recall(best) !== recall(actual)) list.push({ kind: 'recall', best: recall(best), actual: recall(actual) });
  if (list.length === 0 && whole(rooms.best) !== whole(rooms.actual))
    list.push({ kind: 'room', best: whole(rooms.best), actual: whole(rooms.actual) });
  return list;
}

function bestAlternative(
  scenario: CompiledScenario,
  judged: TurnLookAhead | undefined,
  e: TurnExplanation,
  lang: Lang,
): BestAlternative | null {
  if (!judged) return null;
  if (judged.verdict !== 'other' || !judged.best) return { verdict: judged.verdict === 'tie' ? 'tie' : 'best' };
  const option = findOption(scenario, e.momentId, judged.best.optionId);
  if (!option) return null;
  return {
    verdict: 'other',
    optionId: option.id,
    option: localizedLine(scenario, option.text, lang),
    differences: differences(
      scenario,
      judged.best.outcome,
      judged.chosen.outcome,
      { best: e.before.room + judged.best.roomChange, actual: e.before.room + judged.chosen.roomChange },
      lang,
    ),
    chosenNonAdherent: judged.chosen.nonAdherent,
  };
}

export function turnRows(
  scenario: CompiledScenario,
  state: ClientState,
  lang: Lang,
  judged: TurnLookAhead[] = lookAheadTurns(scenario, state),
): TurnRow[] {
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
      best: bestAlternative(
        scenario,
        judged.find((j) => j.turn === e.turn),
        e,
        lang,
      ),
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

/** How many costly turns the summary lists. */
export const SUMMARY_TURNS = 3;
/** The summary quotes at most this many characters; the full line is one link away, in the turn's row. */
const SAID_CHARS = 70;
const TRY_CHARS = 100;

/** An author's note's first sentence: the reason, without the elaboration (the turn's row has it all). */
export function firstSentence(line: Localized): Localized {
  const end = line.text.search(/[.!?](\s|$)/u);
  return shorten(end < 0 ? line : { ...line, text: line.text.slice(0, end + 1) }, TRY_CHARS);
}

/** A line cut at a word boundary with an ellipsis, so the summary stays one screen. */
export function shorten(line: Localized, max: number): Localized {
  const chars = [...line.text];
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return { ...line, text: `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…` };
}

/** The rule that did the most harm (stress and load up, trust down); the one that weighed most when none did. */
export function mainRule(all: readonly RuleFired[]): RuleFired | null {
  const rules = all.filter((r) => r.id !== 'author-override');
  if (rules.length === 0) return null;
  const harm = (r: RuleFired) => r.stress + r.load - r.trust;
  const weight = (r: RuleFired) => Math.abs(r.stress) + Math.abs(r.trust) + Math.abs(r.load);
  const worst = rules.reduce((a, b) => (harm(b) > harm(a) ? b : a));
  return harm(worst) > 0 ? worst : rules.reduce((a, b) => (weight(b) > weight(a) ? b : a));
}

export function summaryView(
  scenario: CompiledScenario,
  state: ClientState,
  ending: EndingView,
  judged: TurnLookAhead[],
  rows: TurnRow[],
  lang: Lang,
): SummaryView {
  const costly = judged
    .filter((j) => j.verdict === 'other')
    .sort((a, b) => compareLoss(a, b, scenario))
    .slice(0, SUMMARY_TURNS)
    .flatMap((j): CostlyTurn[] => {
      const row = rows.find((r) => r.turn === j.turn);
      const e = state.explanations.find((x) => x.turn === j.turn);
      if (!row || !e || row.best?.verdict !== 'other') return [];
      const rule = mainRule(e.rules);
      return [
        {
          turn: j.turn,
          said: shorten(row.said, SAID_CHARS),
          before: row.before,
          after: row.after,
          walkedOut: row.walkedOut,
          why: row.note ? { kind: 'note', text: firstSentence(row.note) } : rule ? { kind: 'rule', rule: ruleRow(rule, lang) } : null,
          tryInstead: shorten(row.best.option, TRY_CHARS),
          differences: row.best.differences,
        },
      ];
    });
  return {
    outcome: {
      ending: ending.title,
      mode: ending.finalMode,
      turns: ending.turns,
      facts: ending.facts.filter((f) => f.fidelity === 'accurate').length,
      factsTotal: ending.facts.length,
      recallPercent: ending.recallPercent,
    },
    costly,
    bestTurns: judged.filter((j) => j.verdict === 'best').length,
    tieTurns: judged.filter((j) => j.verdict === 'tie').length,
    judgedTurns: judged.length,
  };
}

export function debriefView(scenario: CompiledScenario, state: ClientState, lang: Lang): DebriefView {
  const explanations = state.explanations;
  const curve = curves(explanations);
  const summary = mitiSummary(explanations);
  const judged = lookAheadTurns(scenario, state);
  const ending = endingView(scenario, state, lang);
  const turns = turnRows(scenario, state, lang, judged);
  const rests = turns.map((t) => t.restingStress);
  return {
    summary: summaryView(scenario, state, ending, judged, turns, lang),
    ending,
    curve,
    curveRows: curveRows(scenario, curve, explanations, lang),
    miti: mitiRows(explanations, lang),
    counts: [
      ...COUNT_KEYS.map((key) => ({ key, value: summary.counts[key] })),
      { key: 'miAdherent' as const, value: summary.miAdherent },
      { key: 'miNonAdherent' as const, value: summary.miNonAdherent },
    ],
    checklist: stressSensitiveChecklist(explanations, scenario),
    turns,
    resting: rests.length === 0 ? null : { from: Math.min(...rests), to: Math.max(...rests) },
  };
}

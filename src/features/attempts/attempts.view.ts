/** The attempts page: every kept attempt in a list, and two of them side by side. Pure. */
import {
  curves,
  mitiSummary,
  selectOutcome,
  type ClientState,
  type CompiledScenario,
  type FinalMode,
  type Lang,
  replayRecord,
} from '../../engine/index.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';

/**
 * An attempt as this page needs it. The stored format itself (and its migrations) belongs to the play flow in
 * src/app/play; this screen only reads what it is given.
 */
export interface KeptAttempt {
  id: string;
  scenarioVersion: number;
  seed: number;
  choices: readonly string[];
  startedAt: string;
  finishedAt: string | null;
  branchOf: { attemptId: string; turn: number } | null;
  summary: { endingId: string | null; mode: FinalMode } | null;
}

type Attempt = KeptAttempt;

/** The conversation of a kept attempt, rebuilt; null when the scenario no longer accepts its choices. */
function stateOfAttempt(scenario: CompiledScenario, attempt: Attempt): ClientState | null {
  const result = replayRecord(scenario, attempt);
  return result.ok ? result.state : null;
}

export interface AttemptRow {
  id: string;
  /** 1-based number in the order the attempts were started. */
  n: number;
  started: string;
  finished: boolean;
  turns: number;
  ending: Localized | null;
  mode: FinalMode | null;
  branch: { n: number; turn: number } | null;
  /** False for an attempt played on an older scenario version: listed with its saved summary, never replayed. */
  replayable: boolean;
}

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Attempts worth showing: at least one choice, or a rewound branch. */
export function shownAttempts(attempts: readonly Attempt[]): Attempt[] {
  return attempts.filter((a) => a.choices.length > 0 || a.branchOf !== null);
}

export function attemptRows(scenario: CompiledScenario, attempts: readonly Attempt[], lang: Lang): AttemptRow[] {
  const shown = shownAttempts(attempts);
  const numberOf = new Map(shown.map((a, i) => [a.id, i + 1]));
  return shown.map((a, i): AttemptRow => {
    const ending = a.summary?.endingId ? scenario.endings.find((e) => e.id === a.summary!.endingId) : undefined;
    const parent = a.branchOf ? numberOf.get(a.branchOf.attemptId) : undefined;
    return {
      id: a.id,
      n: i + 1,
      started: formatDate(a.startedAt, lang),
      finished: a.finishedAt !== null,
      turns: a.choices.length,
      ending: ending ? localizedLine(scenario, ending.title, lang) : null,
      mode: a.summary?.mode ?? null,
      branch: a.branchOf && parent !== undefined ? { n: parent, turn: a.branchOf.turn + 1 } : null,
      replayable: a.scenarioVersion === scenario.version,
    };
  });
}

export interface ComparedSide {
  n: number;
  finished: boolean;
  ending: Localized | null;
  mode: FinalMode;
  turns: number;
  disclosed: number;
  facts: number;
  recallPercent: number | null;
  /** Formatted for the language ("0,4"). */
  reflectionsPerQuestion: string | null;
  values: { stress: number[]; trust: number[]; room: number[] };
}

/** One conversation's outcome and curves, for any comparison (two attempts here, a workshop's groups). */
export function comparedSide(scenario: CompiledScenario, state: ClientState, n: number, lang: Lang): ComparedSide {
  const outcome = selectOutcome(scenario, state);
  const ending = outcome.endingId ? scenario.endings.find((e) => e.id === outcome.endingId) : undefined;
  const points = curves(state.explanations);
  const series = points.length > 0 ? points : [{ stress: state.vars.stress, trust: state.vars.trust, room: state.vars.room }];
  const rq = mitiSummary(state.explanations).reflectionToQuestion.value;
  return {
    n,
    finished: outcome.ended,
    ending: ending ? localizedLine(scenario, ending.title, lang) : null,
    mode: outcome.mode,
    turns: outcome.turns,
    disclosed: outcome.disclosed.length,
    facts: outcome.facts.length,
    recallPercent: outcome.agreements.length === 0 ? null : Math.round(outcome.recall * 100),
    reflectionsPerQuestion: rq === null ? null : new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(rq),
    values: {
      stress: series.map((p) => Math.round(p.stress)),
      trust: series.map((p) => Math.round(p.trust)),
      room: series.map((p) => Math.round(p.room)),
    },
  };
}

export interface Comparison {
  a: ComparedSide;
  b: ComparedSide;
}

/** Two attempts rebuilt and set side by side; null when either no longer replays. */
export function compareAttempts(
  scenario: CompiledScenario,
  a: { attempt: Attempt; n: number },
  b: { attempt: Attempt; n: number },
  lang: Lang,
): Comparison | null {
  const stateA = stateOfAttempt(scenario, a.attempt);
  const stateB = stateOfAttempt(scenario, b.attempt);
  if (!stateA || !stateB) return null;
  return { a: comparedSide(scenario, stateA, a.n, lang), b: comparedSide(scenario, stateB, b.n, lang) };
}

/** The rows that can be compared: an attempt of an older scenario version no longer replays. */
export function comparableRows(rows: readonly AttemptRow[]): AttemptRow[] {
  return rows.filter((r) => r.replayable);
}

/** Default pair to compare: the two most recent finished attempts, else the two most recent. */
export function defaultPair(rows: readonly AttemptRow[]): [string, string] | null {
  if (rows.length < 2) return null;
  const finished = rows.filter((r) => r.finished);
  const pool = finished.length >= 2 ? finished : rows;
  return [pool[pool.length - 2]!.id, pool[pool.length - 1]!.id];
}

/**
 * The compact outcome shown when a conversation ends: how it ended, what the consultant learned against the
 * truth, and which agreements the client will remember. (The full debrief builds on the same Outcome.)
 */
import {
  selectOutcome,
  type ClientState,
  type CompiledScenario,
  type FinalMode,
  type Fidelity,
  type Lang,
  type Outcome,
} from '../../engine/index.ts';
import { localizedLine, type Localized } from '../shared/localized.ts';

export interface LastWord {
  kind: 'speech' | 'thought';
  text: string;
  lang: Lang;
}

/**
 * What the client said (and thought, when thoughts are shown) in answer to the last choice: the reply and any
 * answers about facts, in the order they came.
 */
export function lastWordsView(scenario: CompiledScenario, state: ClientState, lang: Lang, display: { showThoughts: boolean }): LastWord[] {
  if (state.turn === 0) return [];
  return state.transcript
    .filter((entry) => entry.turn === state.turn && entry.speaker === 'client' && (display.showThoughts || entry.kind !== 'thought'))
    .map((entry) => ({
      kind: entry.kind === 'thought' ? ('thought' as const) : ('speech' as const),
      ...localizedLine(scenario, entry.line, lang),
    }));
}

export interface FactRow {
  id: string;
  topic: Localized;
  /** How the fact reached the consultant; `not-asked` when it never came up. */
  fidelity: Fidelity | 'not-asked';
  /** What the client said about it (the answer at that fidelity), or null when it never came up. */
  heard: Localized | null;
  truth: Localized;
}

export interface AgreementRow {
  id: string;
  text: Localized;
  written: boolean;
  reminder: boolean;
  remembered: boolean;
  /** Chance of remembering, 0–100. */
  percent: number;
  /** How to say it: a percentage only where it says something ("0%" reads as a glitch, not a forecast). */
  certainty: Certainty;
}

/** almostSure ≥ 95%, almostNever ≤ 5%; in between likely or unlikely as the engine decided (chance ≥ 0.5). */
export type Certainty = 'almostSure' | 'likely' | 'unlikely' | 'almostNever';

export function certaintyOf(percent: number, remembered: boolean): Certainty {
  if (percent >= 95) return 'almostSure';
  if (percent <= 5) return 'almostNever';
  return remembered ? 'likely' : 'unlikely';
}

/** The share of agreements remembered, in words where a number would read oddly (none or all). */
export function recallWording(percent: number): 'none' | 'all' | 'share' {
  return percent <= 2 ? 'none' : percent >= 98 ? 'all' : 'share';
}

export interface EndingView {
  endingId: string | null;
  /** null when the ending cannot be found (the screen then shows a generic heading). */
  title: Localized | null;
  text: Localized | null;
  walkedOut: boolean;
  finalMode: FinalMode;
  turns: number;
  facts: FactRow[];
  agreements: AgreementRow[];
  /** Agreements the scenario offers that were never made. */
  notMade: { id: string; text: Localized }[];
  /** Expected share of agreements remembered, 0–100; null when none were made. */
  recallPercent: number | null;
}

const percent = (share: number) => Math.round(share * 100);

/**
 * What the trainee actually heard about a fact: the last answer in the transcript, where a later silence
 * does not erase an earlier answer. Read from the transcript, not the engine's record, so the debrief never
 * quotes a line that was not said (on the turn a client walks out, no answer is spoken).
 */
function heardAnswer(state: ClientState, factId: string): { fidelity: Fidelity; line: string } | null {
  let heard: { fidelity: Fidelity; line: string } | null = null;
  for (const entry of state.transcript) {
    if (entry.kind !== 'fact-answer' || entry.factId !== factId || !entry.fidelity) continue;
    if (entry.fidelity === 'omitted' && heard) continue;
    heard = { fidelity: entry.fidelity, line: entry.line };
  }
  return heard;
}

export function endingView(
  scenario: CompiledScenario,
  state: ClientState,
  lang: Lang,
  outcome: Outcome = selectOutcome(scenario, state),
): EndingView {
  const text = (id: string) => localizedLine(scenario, id, lang);
  const ending = scenario.endings.find((e) => e.id === outcome.endingId) ?? null;
  const facts = scenario.persona.facts.map((fact): FactRow => {
    const heard = heardAnswer(state, fact.id);
    return {
      id: fact.id,
      topic: text(fact.topic),
      fidelity: heard?.fidelity ?? 'not-asked',
      heard: heard ? text(heard.line) : null,
      truth: text(fact.truth),
    };
  });
  const agreementText = new Map(scenario.persona.agreements.map((a) => [a.id, text(a.text)]));
  const agreements = outcome.agreements.map((a): AgreementRow => ({
    id: a.id,
    text: agreementText.get(a.id) ?? { text: a.id, lang },
    written: a.written,
    reminder: a.reminder,
    remembered: a.remembered,
    percent: percent(a.chance),
    certainty: certaintyOf(percent(a.chance), a.remembered),
  }));
  const made = new Set(outcome.agreements.map((a) => a.id));
  return {
    endingId: outcome.endingId,
    title: ending ? text(ending.title) : null,
    text: ending ? text(ending.text) : null,
    walkedOut: outcome.walkedOut,
    finalMode: outcome.mode,
    turns: outcome.turns,
    facts,
    agreements,
    notMade: scenario.persona.agreements.filter((a) => !made.has(a.id)).map((a) => ({ id: a.id, text: text(a.text) })),
    recallPercent: agreements.length === 0 ? null : percent(outcome.recall),
  };
}

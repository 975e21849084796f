/**
 * How a conversation came out: the ending, the final mode, what the consultant learned versus the truth, and
 * which agreements the client will remember. Works mid-conversation too ("if it ended now").
 */
import { modeRank } from './dynamics.ts';
import { recallAgreements, recallShare, type AgreementRecall } from './memory.ts';
import type { CompiledEnding, CompiledScenario, Fidelity, Mode } from './scenario.types.ts';
import type { ClientState } from './state.ts';
import { paramsFor } from './turn.ts';

export type FinalMode = Mode | 'walked-out';

export interface FactResult {
  id: string;
  sensitivity: number;
  /** null when the fact never came up. */
  fidelity: Fidelity | null;
}

export interface Outcome {
  ended: boolean;
  endingId: string | null;
  walkedOut: boolean;
  mode: FinalMode;
  turns: number;
  recall: number;
  agreements: AgreementRecall[];
  facts: FactResult[];
  /** Fact ids the consultant learned accurately. */
  disclosed: string[];
}

export function outcomeOf(scenario: CompiledScenario, state: ClientState): Outcome {
  const p = paramsFor(scenario);
  const walkedOut = state.ending?.walkedOut ?? false;
  const agreements = recallAgreements(state.agreements, walkedOut ? 0 : state.vars.room, p);
  const facts = scenario.persona.facts.map((f) => ({
    id: f.id,
    sensitivity: f.sensitivity,
    fidelity: state.facts[f.id]?.fidelity ?? null,
  }));
  return {
    ended: state.ending !== null,
    endingId: state.ending?.id ?? null,
    walkedOut,
    mode: walkedOut ? 'walked-out' : state.mode,
    turns: state.turn,
    recall: recallShare(agreements),
    agreements,
    facts,
    disclosed: facts.filter((f) => f.fidelity === 'accurate').map((f) => f.id),
  };
}

/**
 * Where an ending stands among the scenario's endings: the walk-out lowest, then the plain endings from the
 * last (the fallback) up to the first (authors list the best first). Higher is better.
 */
export function endingRank(scenario: Pick<CompiledScenario, 'endings'>, endingId: string | null): number {
  return endingId === null ? -1 : (ranksOf(scenario.endings).get(endingId) ?? -1);
}

/** Rank per ending id, built once per endings list (compiled scenarios are never mutated; the analysis ranks millions of outcomes). */
const endingRanks = new WeakMap<readonly CompiledEnding[], Map<string, number>>();

function ranksOf(endings: readonly CompiledEnding[]): Map<string, number> {
  let ranks = endingRanks.get(endings);
  if (!ranks) {
    const plain = endings.filter((e) => !e.walkOut);
    ranks = new Map();
    // The first ending with an id decides its rank, as a search from the top would.
    plain.forEach((e, i) => {
      if (!ranks!.has(e.id)) ranks!.set(e.id, plain.length - i);
    });
    endingRanks.set(endings, ranks);
  }
  return ranks;
}

type Comparable = Pick<Outcome, 'mode' | 'disclosed' | 'recall'> & { endingId?: string | null };

/**
 * Order of outcomes for "best" and "worst": with a scenario, the ending first (endings say what was
 * achieved); then the final mode, the facts learned accurately, and recall.
 */
export function compareOutcomes(a: Comparable, b: Comparable, scenario?: Pick<CompiledScenario, 'endings'>): number {
  return (
    (scenario ? endingRank(scenario, a.endingId ?? null) - endingRank(scenario, b.endingId ?? null) : 0) ||
    modeRank(a.mode) - modeRank(b.mode) ||
    a.disclosed.length - b.disclosed.length ||
    a.recall - b.recall
  );
}

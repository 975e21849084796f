/**
 * One turn of the analysis, played once and shared by every state that differs only in what the consultant
 * learned and agreed so far. In takeTurn the numbers, the mode, the next moment and the ending never depend on
 * the facts or agreements so far (they are only written), so a turn is played on a state without them and
 * each path's own facts and agreements are carried over the result by the engine's own merge (learned.ts).
 * tests/content/analyse.test.ts checks this against takeTurn, so a change in the engine shows up there.
 *
 * On a path, facts and agreements are kept in slots (one per persona fact and agreement) rather than records
 * keyed by id: the search makes hundreds of thousands of them, and adding string keys to objects is slow.
 */
import {
  chooseEnding,
  endingMatches,
  mergeLearned,
  paramsFor,
  stepNumbers,
  type AgreementRecord,
  type ClientState,
  type CompiledScenario,
  type FactRecord,
  type Fidelity,
  type Target,
} from '../engine/index.ts';
import { findMoment } from '../engine/turn.ts';

/** What the consultant learned and agreed on a path, one slot per fact and per agreement. */
export interface Learned {
  facts: readonly (FactRecord | null)[];
  agreements: readonly (AgreementRecord | null)[];
}

/** Fact and agreement ids in slot order. */
export interface Slots {
  facts: readonly string[];
  agreements: readonly string[];
  factSlot: ReadonlyMap<string, number>;
  agreementSlot: ReadonlyMap<string, number>;
}

export interface SharedTurn {
  /** The state after the turn, without transcript, explanations, facts, agreements or choices. */
  state: ClientState;
  told: { key: number; fidelity: Fidelity }[];
  made: number[];
  written: boolean;
  reminder: boolean;
  walkedOut: boolean;
  /**
   * The ending was chosen by the state (`end` or the turn limit), so it may depend on what this path learned
   * and agreed: the search chooses it again with the path's own records (see endingFor).
   */
  choosesEnding: boolean;
  /** The ending an option's `next` names, when it has a condition (used if the condition holds). */
  namedEnding: string | null;
}

export function slotsOf(scenario: CompiledScenario): Slots {
  const facts = scenario.persona.facts.map((f) => f.id);
  // Options may agree ids the persona does not list (an unchecked scenario); they still need a slot.
  const agreements = [
    ...new Set([...scenario.persona.agreements.map((a) => a.id), ...scenario.moments.flatMap((m) => m.options.flatMap((o) => o.agrees))]),
  ];
  return {
    facts,
    agreements,
    factSlot: new Map(facts.map((id, i) => [id, i])),
    agreementSlot: new Map(agreements.map((id, i) => [id, i])),
  };
}

/** The engine never reads the transcript or the explanations, only appends to them: drop them between steps. */
export function lean(state: ClientState): ClientState {
  return state.transcript.length === 0 && state.explanations.length === 0 ? state : { ...state, transcript: [], explanations: [] };
}

export function sharedTurn(scenario: CompiledScenario, slots: Slots, state: ClientState, optionId: string): SharedTurn {
  const index = findMoment(scenario, state.momentId).options.findIndex((o) => o.id === optionId);
  return sharedTurnFrom(scenario, slots, bareOf(state, state.turn), index);
}

/** The state a shared turn is played on, as turn `turn`: without facts, agreements, choices or narrative. */
export function bareOf(state: ClientState, turn: number): ClientState {
  return withPath(state, turn, {}, {}, [], state.ending);
}

/**
 * `state` with this path's turn, records, choices and ending, and no narrative. Every field written out: a
 * spread of a state costs more than a whole lean turn, and the search makes one per state it expands.
 */
export function withPath(
  state: ClientState,
  turn: number,
  facts: ClientState['facts'],
  agreements: ClientState['agreements'],
  choices: string[],
  ending: ClientState['ending'],
): ClientState {
  return {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    origin: state.origin,
    seed: state.seed,
    rng: state.rng,
    turn,
    momentId: state.momentId,
    initialTrust: state.initialTrust,
    vars: state.vars,
    mode: state.mode,
    reaction: state.reaction,
    outsideTurns: state.outsideTurns,
    slowTurnsLeft: state.slowTurnsLeft,
    closedStreak: state.closedStreak,
    affirmCount: state.affirmCount,
    unsaid: state.unsaid,
    facts,
    agreements,
    choices,
    transcript: [],
    explanations: [],
    ending,
  };
}

/** sharedTurn on a state made by bareOf (once for all options of a state), for the option at `optionIndex`. */
export function sharedTurnFrom(scenario: CompiledScenario, slots: Slots, bare: ClientState, optionIndex: number): SharedTurn {
  // The engine's lean step without its ledger: takeTurn's numbers without the narrative, and without merging
  // this turn's answers and agreements into the bare state (each path merges them into its own, learnedAfter).
  const e = stepNumbers(scenario, bare, optionIndex);
  const next = e.state;
  return {
    state: next,
    told: e.facts.map((f) => ({ key: slots.factSlot.get(f.factId)!, fidelity: f.fidelity })),
    made: e.agreements.map((id) => slots.agreementSlot.get(id)!),
    written: e.features.writtenAgreement,
    reminder: e.features.reminder,
    walkedOut: e.walkedOut,
    choosesEnding: next.ending !== null && !e.walkedOut && !isExplicitEnding(scenario, e.next),
    namedEnding: e.next.kind === 'ending' ? e.next.id : null,
  };
}

/** An option's `next` that names an existing ending without a condition: that ending is used whatever the state. */
function isExplicitEnding(scenario: CompiledScenario, next: Target): boolean {
  return next.kind === 'ending' && scenario.endings.some((x) => x.id === next.id && (x.walkOut || !x.when));
}

/**
 * The ending of a shared turn on a path that has learned `learned`: the shared turn's own, unless the state
 * chooses it (choosesEnding); then chosen again with the path's own facts and agreements, a named ending
 * first when its own condition holds, as takeTurn does.
 */
export function endingFor(scenario: CompiledScenario, slots: Slots, shared: SharedTurn, learned: Learned): string | null {
  const ending = shared.state.ending;
  if (!ending || !shared.choosesEnding) return ending?.id ?? null;
  const { mode, vars } = shared.state;
  const now = { mode, trust: vars.trust, room: vars.room, ...recordsOf(learned, slots) };
  const named = shared.namedEnding === null ? undefined : scenario.endings.find((e) => e.id === shared.namedEnding);
  return (named && endingMatches(named, now, paramsFor(scenario)) ? named : chooseEnding(scenario, now)).id;
}

/** What is learned after the shared turn, taken as turn `turn` of this path: the engine's own merge (learned.ts). */
export function learnedAfter(before: Learned, shared: SharedTurn, turn: number): Learned {
  // A turn that tells nothing and agrees, writes and reminds nothing leaves both ledgers as they were (as
  // mergeLearned would): keep the same object rather than make a new one per path.
  if (shared.told.length === 0 && (shared.walkedOut || (shared.made.length === 0 && !shared.written && !shared.reminder))) return before;
  return mergeLearned(before.facts, before.agreements, {
    turn,
    room: shared.state.vars.room,
    walkedOut: shared.walkedOut,
    told: shared.told,
    made: shared.made,
    written: shared.written,
    reminder: shared.reminder,
  });
}

export function learnedOf(state: ClientState, slots: Slots): Learned {
  return {
    facts: slots.facts.map((id) => state.facts[id] ?? null),
    agreements: slots.agreements.map((id) => state.agreements[id] ?? null),
  };
}

/** The records keyed by id, as ClientState holds them (in slot order; nothing reads their order). */
export function recordsOf(learned: Learned, slots: Slots): Pick<ClientState, 'facts' | 'agreements'> {
  return { facts: byId(slots.facts, learned.facts), agreements: byId(slots.agreements, learned.agreements) };
}

function byId<R>(ids: readonly string[], records: readonly (R | null)[]): Record<string, R> {
  const out: Record<string, R> = {};
  records.forEach((r, i) => {
    if (r) out[ids[i]!] = r;
  });
  return out;
}

/**
 * A short key for what is learned, as far as it can still matter. Facts: only whether each is known
 * accurately, since the outcome counts only accurate facts and later a fact is either answered again (which
 * replaces what was there) or omitted (which keeps it), so vague, wrong, omitted and not asked behave alike.
 * Facts nothing later can ask (`open[i]` false) are settled: only how many of them are accurate counts.
 * Agreements: whether each is made, written and reminded.
 */
export function learnedKey(learned: Learned, open: readonly boolean[]): string {
  let key = '';
  let settled = 0;
  learned.facts.forEach((f, i) => {
    const accurate = f?.fidelity === 'accurate';
    if (open[i]) key += accurate ? 'a' : '.';
    else if (accurate) settled += 1;
  });
  key += settled;
  key += '|';
  for (const a of learned.agreements) key += a ? (a.written ? (a.reminder ? 'b' : 'w') : a.reminder ? 'r' : 'm') : '.';
  return key;
}

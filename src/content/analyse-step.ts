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
  chooseEndingBy,
  endingHolds,
  endingMatches,
  mergeLearned,
  paramsFor,
  stepNumbers,
  type Achieved,
  type AgreementRecord,
  type ClientState,
  type CompiledEnding,
  type CompiledScenario,
  type FactRecord,
  type Fidelity,
  type Mode,
  type Target,
} from '../engine/index.ts';
import { findMoment } from '../engine/turn.ts';
import { recallChance, recallCrowding } from '../engine/memory.ts';
import type { ModelParams } from '../engine/params.ts';

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
  /** Agreement slots in the order a record keyed by id lists them (the order recall sums in). */
  recallOrder: readonly number[];
  /** The persona's fact ids are distinct (a checked scenario's are), so slot i holds the persona's fact i alone. */
  distinctFacts: boolean;
}

export interface SharedTurn {
  /** The state after the turn, without transcript, explanations, facts, agreements or choices. */
  state: ClientState;
  told: readonly { key: number; fidelity: Fidelity }[];
  made: readonly number[];
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
  const agreementSlot = new Map(agreements.map((id, i) => [id, i]));
  // Records keyed by id list integer-like ids first (JavaScript's key order): the order recall sums in.
  const order = Object.keys(Object.fromEntries(agreements.map((id) => [id, 0])));
  return {
    facts,
    agreements,
    factSlot: new Map(facts.map((id, i) => [id, i])),
    agreementSlot,
    recallOrder: order.map((id) => agreementSlot.get(id)!),
    distinctFacts: new Set(facts).size === facts.length,
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

/**
 * The state a shared turn is played on, as turn `turn`: without facts, agreements, choices or narrative. The
 * empty records and lists are shared by every bare state (a lean turn only reads them and passes them on to
 * the state it makes, which the search keeps): nothing in the analysis writes to a state's records or lists.
 */
export function bareOf(state: ClientState, turn: number): ClientState {
  return withPath(state, turn, NO_FACTS, NO_AGREEMENTS, NO_CHOICES, state.ending, NO_TRANSCRIPT, NO_EXPLANATIONS);
}

const NO_FACTS: ClientState['facts'] = {};
const NO_AGREEMENTS: ClientState['agreements'] = {};
const NO_CHOICES: ClientState['choices'] = [];
const NO_TRANSCRIPT: ClientState['transcript'] = [];
const NO_EXPLANATIONS: ClientState['explanations'] = [];

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
  transcript: ClientState['transcript'] = [],
  explanations: ClientState['explanations'] = [],
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
    transcript,
    explanations,
    ending,
  };
}

const NONE_TOLD: SharedTurn['told'] = [];
const NONE_MADE: SharedTurn['made'] = [];

/** sharedTurn on a state made by bareOf (once for all options of a state), for the option at `optionIndex`. */
export function sharedTurnFrom(scenario: CompiledScenario, slots: Slots, bare: ClientState, optionIndex: number): SharedTurn {
  // The engine's lean step without its ledger: takeTurn's numbers without the narrative, and without merging
  // this turn's answers and agreements into the bare state (each path merges them into its own, learnedAfter).
  const e = stepNumbers(scenario, bare, optionIndex);
  const next = e.state;
  return {
    state: next,
    // Most turns tell and agree nothing: they share one empty list (the search keeps every shared turn).
    told: e.facts.length === 0 ? NONE_TOLD : e.facts.map((f) => ({ key: slots.factSlot.get(f.factId)!, fidelity: f.fidelity })),
    made: e.agreements.length === 0 ? NONE_MADE : e.agreements.map((id) => slots.agreementSlot.get(id)!),
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
  const named = shared.namedEnding === null ? undefined : endingById(scenario.endings, shared.namedEnding);
  if (!slots.distinctFacts) {
    // Two slots for one fact id: read the records keyed by id, as the engine would.
    const records = { mode, trust: vars.trust, room: vars.room, ...recordsOf(learned, slots) };
    return (named && endingMatches(named, records, paramsFor(scenario)) ? named : chooseEnding(scenario, records)).id;
  }
  // The achieved counts and the state the conditions read, in one object.
  const achieved = new SlotsAchieved(learned, slots, vars.room, paramsFor(scenario), mode, vars.trust);
  return (named && endingHolds(named, achieved, achieved) ? named : chooseEndingBy(scenario, achieved, achieved)).id;
}

/** The first ending with each id, per endings list (compiled scenarios are never mutated). */
const endingIndex = new WeakMap<readonly CompiledEnding[], Map<string, CompiledEnding>>();

/** `endings.find((e) => e.id === id)`, looked up. */
function endingById(endings: readonly CompiledEnding[], id: string): CompiledEnding | undefined {
  let index = endingIndex.get(endings);
  if (!index) {
    index = new Map();
    for (let i = endings.length - 1; i >= 0; i -= 1) index.set(endings[i]!.id, endings[i]!);
    endingIndex.set(endings, index);
  }
  return index.get(id);
}

/**
 * What a path achieved, read from its slots for an ending condition (see Achieved): the same counts as the
 * records keyed by id give when the fact ids are distinct, and recall summed in the records' key order.
 */
export class SlotsAchieved implements Achieved {
  constructor(
    private readonly learned: Learned,
    private readonly slots: Slots,
    readonly room: number,
    private readonly p: ModelParams,
    /** The mode and trust of the ending state, for an ending condition that reads the state as well. */
    readonly mode: Mode,
    readonly trust: number,
  ) {}

  agreements(): number {
    let made = 0;
    for (const a of this.learned.agreements) if (a) made += 1;
    return made;
  }

  written(): number {
    let written = 0;
    for (const a of this.learned.agreements) if (a && (a.written || a.reminder)) written += 1;
    return written;
  }

  recall(): number {
    return recallOfSlots(this.learned, this.slots, this.room, this.p);
  }

  accurateFacts(): number {
    let accurate = 0;
    for (const f of this.learned.facts) if (f?.fidelity === 'accurate') accurate += 1;
    return accurate;
  }

  isAccurate(factId: string): boolean {
    const slot = this.slots.factSlot.get(factId);
    return slot !== undefined && this.learned.facts[slot]?.fidelity === 'accurate';
  }
}

/**
 * recallShare(recallAgreements(records, room)) read from the slots: the engine's chance per agreement summed
 * in the records' key order and divided by their count (0 when none was made).
 */
export function recallOfSlots(learned: Learned, slots: Slots, room: number, p: ModelParams): number {
  let made = 0;
  for (const a of learned.agreements) if (a) made += 1;
  if (made === 0) return 0;
  const crowding = recallCrowding(made, p);
  let sum = 0;
  for (const slot of slots.recallOrder) {
    const a = learned.agreements[slot];
    if (a) sum += recallChance(a, room, crowding, p);
  }
  return sum / made;
}

/** What is learned after the shared turn, taken as turn `turn` of this path: the engine's own merge (learned.ts). */
export function learnedAfter(before: Learned, shared: SharedTurn, turn: number): Learned {
  if (keepsLearned(shared)) return before;
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

/**
 * A turn that tells nothing and agrees, writes and reminds nothing leaves both ledgers as they were (as
 * mergeLearned would): learnedAfter then keeps the same object rather than make a new one per path.
 */
export function keepsLearned(shared: SharedTurn): boolean {
  return shared.told.length === 0 && (shared.walkedOut || (shared.made.length === 0 && !shared.written && !shared.reminder));
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

/**
 * The analysis search as it was before it was made fast (string keys, a copy per step), kept as the
 * straightforward reference: tests/content/analyse-fast.test.ts checks that the search in src/content gives
 * exactly its results on every shipped scenario and fixture. Change it only together with the search's meaning.
 */
import {
  chooseEnding,
  compareOutcomes,
  endingMatches,
  initialState,
  outcomeOf,
  paramsFor,
  stepState,
  type ClientState,
  type CompiledMoment,
  type CompiledScenario,
} from '../../../src/engine/index.ts';
import {
  learnedAfter,
  learnedKey,
  learnedOf,
  lean,
  recordsOf,
  sharedTurn,
  slotsOf,
  type Learned,
  type SharedTurn,
  type Slots,
} from './analyse-step-reference.ts';
import type { PathOutcome } from '../../../src/content/analyse.ts';
import { miRating } from '../../../src/content/form-cues.ts';
import { askableFacts, longestPaths } from '../../../src/content/moment-graph.ts';

/** Points per band that stress, trust, load and sensitisation are rounded into for the memo key. */
export interface Bands {
  stress: number;
  trust: number;
  load: number;
  sensitisation: number;
}

type Final = Pick<PathOutcome, 'mode' | 'recall' | 'disclosed' | 'endingId'>;

interface Span {
  best: Final;
  worst: Final;
  /** Some path in it reaches an ending, rather than coming back round a loop. */
  ends: boolean;
}

/** A state in the search: the engine state for the numbers (shared, see analyse-step.ts) and the path's own part. */
interface Node {
  /** Only its numbers, mode, reaction, counters, moment and ending are this path's. */
  shared: ClientState;
  turn: number;
  learned: Learned;
}

export class ReferenceExplorer {
  readonly visited = new Set<string>();
  readonly deadEnds = new Set<string>();
  readonly endingsReached = new Set<string>();
  expanded = 0;
  truncated = false;

  private readonly memo = new Map<string, Span>();
  /** Keys (without the turn) on the current path: coming back to one is a loop that only adds turns. */
  private readonly onPath = new Set<string>();
  /** Per dynamic state, the shared turn of each option (by option index). */
  private readonly turns = new Map<string, SharedTurn[]>();
  private readonly slots: Slots;
  private readonly moments: Map<string, CompiledMoment>;
  private readonly views = new Map<string, CompiledScenario>();
  /** Most turns from each moment to an ending (Infinity inside or before a loop). */
  private readonly longest: Map<string, number>;
  /** Per moment, per fact slot: can this moment or a later one still ask it? */
  private readonly openFacts: Map<string, boolean[]>;
  /** Without loops in the moment graph no path can come back to a key, so the path set can be skipped. */
  private readonly cyclic: boolean;
  private readonly closedCap: number;
  private readonly affirmCap: number;

  constructor(
    private readonly scenario: CompiledScenario,
    private readonly bands: Bands,
    private readonly limit: number,
  ) {
    this.slots = slotsOf(scenario);
    this.moments = new Map(scenario.moments.map((m) => [m.id, m]));
    this.longest = longestPaths(scenario);
    const askable = askableFacts(scenario);
    // A fact an ending names matters by itself to the end, not only as one of the accurate facts.
    const named = new Set(scenario.endings.flatMap((e) => e.when?.facts ?? []));
    this.openFacts = new Map(scenario.moments.map((m) => [m.id, this.slots.facts.map((f) => named.has(f) || askable.get(m.id)!.has(f))]));
    this.cyclic = [...this.longest.values()].some((n) => n === Infinity);
    const p = paramsFor(scenario);
    // Counters beyond these behave the same in deriveImpulse (> crossExamAfter, > affirmLimit).
    this.closedCap = p.crossExamAfter + 1;
    this.affirmCap = p.affirmLimit + 1;
  }

  start(): ClientState {
    return lean(initialState(this.scenario));
  }

  explore(state: ClientState): void {
    if (!state.ending) this.search(this.nodeOf(state));
  }

  /**
   * The path to report: from the real start state, take at each turn the option whose (memoised) best or
   * worst is the most extreme, stepping the real state with the engine's own lean step (stepState). Its outcome is exact, unlike
   * the memo's estimates, so replaying its choices gives exactly this outcome.
   */
  descend(root: ClientState, want: 'best' | 'worst'): PathOutcome {
    let state = root;
    while (!state.ending) {
      let pick: { next: ClientState; value: Final; rating: number } | null = null;
      for (const option of this.moments.get(state.momentId)!.options) {
        const next = stepState(this.viewFor(state.momentId), state, option.id).state;
        const value = (next.ending ? this.leaf(this.nodeOf(next)) : this.search(this.nodeOf(next)))[want];
        const rating = miRating(option);
        // Equal outcomes: the best path takes the more MI-consistent option, the worst the less (it teaches).
        if (!pick || better(value, rating, pick, want, this.scenario)) pick = { next, value, rating };
      }
      state = pick!.next;
    }
    return { ...finalOf(this.scenario, state), choices: state.choices };
  }

  /** Best and worst final outcome reachable from `node`, which has not ended. */
  private search(node: Node): Span {
    const { dynamics, turn } = this.keyOf(node);
    const pathKey = `${dynamics}|${learnedKey(node.learned, this.openFacts.get(node.shared.momentId)!)}`;
    const memoKey = turn + pathKey;
    const known = this.memo.get(memoKey);
    if (known) return known;
    if (this.cyclic && this.onPath.has(pathKey)) return this.cutOff(node);
    if (this.expanded >= this.limit) {
      this.truncated = true;
      return this.playout(node);
    }
    this.expanded += 1;
    const momentId = node.shared.momentId;
    this.visited.add(momentId);
    if (this.cyclic) this.onPath.add(pathKey);
    const shared = this.sharedTurns(node, dynamics);
    let span: Span | undefined;
    for (const played of shared) {
      const next = this.step(node, played);
      span = widen(span, next.shared.ending ? this.leaf(next) : this.search(next), this.scenario);
    }
    if (this.cyclic) this.onPath.delete(pathKey);
    if (!span) throw new Error(`Moment "${momentId}" has no options; check the scenario first.`);
    if (!span.ends) this.deadEnds.add(momentId);
    this.memo.set(memoKey, span);
    return span;
  }

  /**
   * Back at a state already on the path: going round again only adds turns until the engine's maxTurns
   * cut-off, so value it as that cut-off now (the loop's numbers stay in the same bands).
   */
  private cutOff(node: Node): Span {
    const { mode, vars } = node.shared;
    const ending = chooseEnding(this.scenario, { mode, trust: vars.trust, room: vars.room, ...recordsOf(node.learned, this.slots) });
    const final = this.finalOfNode({ ...node, shared: { ...node.shared, ending: { id: ending.id, walkedOut: false, turn: node.turn } } });
    return { best: final, worst: final, ends: false };
  }

  /** Past the state limit: one cheap path (always the first option) so every branch still has an outcome. */
  private playout(node: Node): Span {
    let n = node;
    while (!n.shared.ending) {
      this.visited.add(n.shared.momentId);
      n = this.step(n, this.sharedTurns(n, this.keyOf(n).dynamics)[0]!);
    }
    return this.leaf(n);
  }

  private leaf(ended: Node): Span {
    const final = this.finalOfNode(ended);
    if (final.endingId) this.endingsReached.add(final.endingId);
    return { best: final, worst: final, ends: true };
  }

  private finalOfNode({ shared, turn, learned }: Node): Final {
    const ending = shared.ending && { ...shared.ending, turn };
    return finalOf(this.scenario, { ...shared, turn, ...recordsOf(learned, this.slots), ending });
  }

  private nodeOf(state: ClientState): Node {
    return { shared: state, turn: state.turn, learned: learnedOf(state, this.slots) };
  }

  /**
   * Each option's turn, played once per dynamic state (see analyse-step.ts). The turn number matters to a
   * turn only through the maxTurns cut-off, so the last turn is told apart from the others.
   */
  private sharedTurns(node: Node, dynamics: string): SharedTurn[] {
    const last = node.turn + 1 >= this.scenario.maxTurns;
    const key = last ? `${dynamics}!` : dynamics;
    let shared = this.turns.get(key);
    if (!shared) {
      const view = this.viewFor(node.shared.momentId);
      const state = { ...node.shared, turn: node.turn };
      shared = this.moments.get(state.momentId)!.options.map((o) => sharedTurn(view, this.slots, state, o.id));
      this.turns.set(key, shared);
    }
    return shared;
  }

  private step(node: Node, played: SharedTurn): Node {
    const turn = node.turn + 1;
    const learned = learnedAfter(node.learned, played, turn);
    let shared = played.state;
    if (played.choosesEnding && shared.ending) {
      // Endings may ask what was achieved: choose again with this path's own facts and agreements (a named
      // ending first, when its own condition holds, as takeTurn does).
      const { mode, vars } = shared;
      const now = { mode, trust: vars.trust, room: vars.room, ...recordsOf(learned, this.slots) };
      const named = played.namedEnding ? this.scenario.endings.find((e) => e.id === played.namedEnding) : undefined;
      const ending = named && endingMatches(named, now, paramsFor(this.scenario)) ? named : chooseEnding(this.scenario, now);
      if (ending.id !== shared.ending.id) shared = { ...shared, ending: { ...shared.ending, id: ending.id } };
    }
    return { shared, turn, learned };
  }

  /**
   * The scenario with only this moment and the moments its options lead to. takeTurn looks moments up by a
   * linear search; in a 1,000-moment scenario that search would cost more than the turn itself.
   */
  private viewFor(momentId: string): CompiledScenario {
    let view = this.views.get(momentId);
    if (!view) {
      const moment = this.moments.get(momentId)!;
      const ids = new Set([momentId]);
      for (const o of moment.options) for (const t of Object.values(o.next)) if (t?.kind === 'moment') ids.add(t.id);
      view = { ...this.scenario, moments: [...ids].flatMap((id) => this.moments.get(id) ?? []) };
      this.views.set(momentId, view);
    }
    return view;
  }

  /**
   * The memo key is `turn + dynamics + learned`. `dynamics`: everything that shapes the next turns, with
   * stress, trust, load and sensitisation rounded into bands (chronic load and initial trust are fixed, room
   * follows from the others). `learned` (learnedKey): which facts are known accurately and which agreements
   * are made, written and reminded, which only shape the final outcome. `turn`: only when the engine's maxTurns
   * cut-off can still come before an ending; elsewhere the turn changes nothing, and leaving it out lets
   * more states share a result. Inside and before loops it is always in: a result found late, with few
   * turns left, must not be reused early.
   */
  private keyOf(node: Node): { dynamics: string; turn: string } {
    const s = node.shared;
    const v = s.vars;
    const b = this.bands;
    const dynamics = `${s.momentId},${s.mode},${s.reaction ?? '-'},${Math.floor(v.stress / b.stress)},${Math.floor(v.trust / b.trust)},${Math.floor(v.load / b.load)},${Math.floor(v.sensitisation / b.sensitisation)},${s.outsideTurns},${s.slowTurnsLeft},${Math.min(s.closedStreak, this.closedCap)},${Math.min(s.affirmCount, this.affirmCap)},${s.unsaid ?? '-'}`;
    const turnMatters = node.turn + (this.longest.get(s.momentId) ?? Infinity) >= this.scenario.maxTurns;
    return { dynamics, turn: turnMatters ? `${node.turn}#` : '' };
  }
}

function finalOf(scenario: CompiledScenario, state: ClientState): Final {
  const o = outcomeOf(scenario, state);
  return { mode: o.mode, recall: o.recall, disclosed: o.disclosed, endingId: o.endingId };
}

function better(
  value: Final,
  rating: number,
  than: { value: Final; rating: number },
  want: 'best' | 'worst',
  scenario: CompiledScenario,
): boolean {
  const order = compareOutcomes(value, than.value, scenario);
  if (order !== 0) return want === 'best' ? order > 0 : order < 0;
  return want === 'best' ? rating > than.rating : rating < than.rating;
}

function prefer(a: Final, b: Final, want: 'best' | 'worst', scenario: CompiledScenario): boolean {
  const order = compareOutcomes(a, b, scenario);
  return want === 'best' ? order > 0 : order < 0;
}

function widen(a: Span | undefined, b: Span, scenario: CompiledScenario): Span {
  if (!a) return b;
  return {
    best: prefer(b.best, a.best, 'best', scenario) ? b.best : a.best,
    worst: prefer(b.worst, a.worst, 'worst', scenario) ? b.worst : a.worst,
    ends: a.ends || b.ends,
  };
}

/**
 * The search behind analyseScenario: a depth-first walk over the reachable states, memoised on a coarse key,
 * that finds the best and the worst final outcome reachable from each state. Two approximations, both
 * corrected for the reported paths by `descend`: states in the same bands share one result, and in loops a
 * result found while a state was on the path (and so cut off there) is reused where it was not.
 */
import {
  chooseEnding,
  endingRank,
  initialState,
  MODES,
  modeRank,
  outcomeOf,
  paramsFor,
  stepState,
  TRAITS,
  type ClientState,
  type CompiledMoment,
  type CompiledScenario,
  type FinalMode,
} from '../engine/index.ts';
import {
  endingFor,
  keepsLearned,
  learnedAfter,
  learnedKey,
  learnedOf,
  lean,
  recallOfSlots,
  recordsOf,
  bareOf,
  sharedTurnFrom,
  slotsOf,
  withPath,
  type Learned,
  type SharedTurn,
  type Slots,
} from './analyse-step.ts';
import type { ModelParams } from '../engine/params.ts';
import type { PathOutcome } from './analyse.ts';
import { miRating } from './form-cues.ts';
import { askableFacts, longestPaths } from './moment-graph.ts';

/** Points per band that stress, trust, load and sensitisation are rounded into for the memo key. */
export interface Bands {
  stress: number;
  trust: number;
  load: number;
  sensitisation: number;
}

const MODE_INDEX: ReadonlyMap<string, number> = new Map(MODES.map((m, i) => [m, i]));
const TRAIT_INDEX: ReadonlyMap<string, number> = new Map(TRAITS.map((t, i) => [t, i]));

/**
 * The best and the worst final outcome reachable from a state, each as the search compares outcomes
 * (compareOutcomes): a `head` that packs the ending's rank, the final mode's rank and the number of facts
 * learned accurately into one whole number, in that order of weight (see Explorer.score), and the recall.
 * Two numbers rather than an outcome object: the search ends hundreds of thousands of paths and only ever
 * compares them; the reported paths are rebuilt from real states (descend).
 */
interface Span {
  bestHead: number;
  bestRecall: number;
  worstHead: number;
  worstRecall: number;
  /** Some path in it reaches an ending, rather than coming back round a loop. */
  ends: boolean;
}

/*
 * A state in the search is passed as four values rather than an object (the search makes one per step):
 * `shared`, the engine state for the numbers (shared, see analyse-step.ts; only its numbers, mode, reaction,
 * counters, moment and ending are this path's); `dyn`, its interned dynamics (see dynamicsOf); `turn`; and
 * `learned`, what this path learned and agreed.
 */

/**
 * One distinct dynamics key (see dynamicsKey), interned: everything the search keeps per key hangs here, so a
 * state looks its key up once (when a turn first produces it) rather than building a long string per visit.
 */
interface Dynamics {
  moment: CompiledMoment;
  /** Most turns from the moment to an ending (Infinity inside or before a loop). */
  longest: number;
  /** Per fact slot: can this moment or a later one still ask it? */
  open: readonly boolean[];
  /** Its place among the interned keys. */
  id: number;
  /**
   * The results met from this key, by memo key (learned × turn, see search): the first one in these two fields,
   * since most keys only ever meet one, and the others in `more`. Kept here rather than in one map for the
   * whole search: a state has its dynamics at hand, and a small lookup costs less than one in a map of
   * hundreds of thousands of entries.
   */
  firstKey: number | string | null;
  firstSpan: Span | null;
  more: Map<number | string, Span> | null;
  /** The learned keys this dynamics key has on the current path, innermost last (the search is depth first). */
  onPath: (number | string)[] | null;
  /** The shared turn of each option (by option index), and the same on the last turn before maxTurns. */
  turns: Played[] | null;
  lastTurns: Played[] | null;
}

export class Explorer {
  readonly visited = new Set<string>();
  readonly deadEnds = new Set<string>();
  readonly endingsReached = new Set<string>();
  expanded = 0;
  truncated = false;

  /** Every dynamics key met so far (see dynamicsOf), interned. */
  private readonly dynamics = new Map<number | string, Dynamics>();
  private readonly momentIndex: Map<string, number>;
  /** The radix of each part of a packed dynamics key (see packedDynamics); null when they do not fit a double. */
  private readonly radices: readonly number[] | null;
  private readonly slots: Slots;
  private readonly moments: Map<string, CompiledMoment>;
  private readonly views = new Map<string, CompiledScenario>();
  /** Most turns from each moment to an ending (Infinity inside or before a loop). */
  private readonly longest: Map<string, number>;
  /** Per moment, per fact slot: can this moment or a later one still ask it? */
  private readonly openFacts: Map<string, boolean[]>;
  /** Without loops in the moment graph no path can come back to a key, so the path set can be skipped. */
  private readonly cyclic: boolean;
  private readonly params: ModelParams;
  private readonly closedCap: number;
  private readonly affirmCap: number;
  /**
   * Learned keys and memo keys are numbers when every combination fits a double exactly (a few dozen facts
   * and agreements at most), and strings otherwise; either way two keys are equal only for equal contents.
   */
  private readonly numericKeys: boolean;
  /** 2 to the number of facts: the settled count's place in a learned key. */
  private readonly factSpan: number;
  /** Memo key = learned key × turnSpan + (turn + 1 when the turn matters, else 0). */
  private readonly turnSpan: number;
  /** endingRank of each ending id. */
  private readonly ranks: Map<string, number>;
  /** The persona's facts plus one: the radix of the accurate facts in a packed head (see score). */
  private readonly factRadix: number;
  /** The head and recall score() found last: two numbers handed back without an object. */
  private scoredHead = 0;
  private scoredRecall = 0;

  constructor(
    private readonly scenario: CompiledScenario,
    private readonly bands: Bands,
    private readonly limit: number,
    /** `text`: string keys only, as where numbers would not fit (the tests compare both). */
    keys: 'auto' | 'text' = 'auto',
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
    this.params = p;
    // Counters beyond these behave the same in deriveImpulse (> crossExamAfter, > affirmLimit).
    this.closedCap = p.crossExamAfter + 1;
    this.affirmCap = p.affirmLimit + 1;
    this.momentIndex = new Map(scenario.moments.map((m, i) => [m.id, i]));
    // Vars are clamped to 0–100, so a band index is at most 100 / band; counters beyond 63 fall back to text.
    const band = (width: number) => Math.floor(100 / width) + 1;
    const radices = [
      Math.max(1, scenario.moments.length),
      MODES.length,
      TRAITS.length + 1,
      band(bands.stress),
      band(bands.trust),
      band(bands.load),
      band(bands.sensitisation),
      64,
      64,
      this.closedCap + 1,
      this.affirmCap + 1,
      this.slots.facts.length + 1,
    ];
    const fits = radices.every((r) => Number.isInteger(r) && r > 0) && radices.reduce((a, b) => a * b, 1) <= Number.MAX_SAFE_INTEGER;
    this.radices = fits && keys === 'auto' ? radices : null;
    const facts = this.slots.facts.length;
    this.turnSpan = Math.max(0, scenario.maxTurns) + 2;
    this.factSpan = 2 ** facts;
    // facts bits, the count of settled facts, five states per agreement, the turn.
    const combinations = 2 ** facts * (facts + 1) * 5 ** this.slots.agreements.length * this.turnSpan;
    this.numericKeys = keys === 'auto' && facts <= 30 && combinations <= Number.MAX_SAFE_INTEGER;
    this.ranks = new Map(scenario.endings.map((e) => [e.id, endingRank(scenario, e.id)]));
    this.factRadix = scenario.persona.facts.length + 1;
  }

  start(): ClientState {
    return lean(initialState(this.scenario));
  }

  explore(state: ClientState): void {
    if (!state.ending) this.search(state, this.dynamicsOf(state)!, state.turn, learnedOf(state, this.slots));
  }

  /**
   * The path to report: from the real start state, take at each turn the option whose (memoised) best or
   * worst is the most extreme, stepping the real state with the engine's own lean step (stepState). Its outcome is exact, unlike
   * the memo's estimates, so replaying its choices gives exactly this outcome.
   */
  descend(root: ClientState, want: 'best' | 'worst'): PathOutcome {
    let state = root;
    while (!state.ending) {
      let pick: Candidate | null = null;
      for (const option of this.moments.get(state.momentId)!.options) {
        const next = stepState(this.viewFor(state.momentId), state, option.id).state;
        const dyn = this.dynamicsOf(next);
        const learned = learnedOf(next, this.slots);
        let head: number;
        let recall: number;
        if (next.ending) {
          this.leaf(next, next.turn, learned);
          head = this.scoredHead;
          recall = this.scoredRecall;
        } else {
          const span = this.search(next, dyn!, next.turn, learned);
          head = want === 'best' ? span.bestHead : span.worstHead;
          recall = want === 'best' ? span.bestRecall : span.worstRecall;
        }
        const rating = miRating(option);
        // Equal outcomes: the best path takes the more MI-consistent option, the worst the less (it teaches).
        if (!pick || better(head, recall, rating, pick, want)) pick = { next, head, recall, rating };
      }
      state = pick!.next;
    }
    return { ...finalOf(this.scenario, state), choices: state.choices };
  }

  /** Best and worst final outcome reachable from the state (see Span), which has not ended. */
  private search(state: ClientState, dyn: Dynamics, turn: number, learned: Learned): Span {
    const learnedKey = this.learnedKey(learned, dyn.open);
    const turnKey = turn + dyn.longest >= this.scenario.maxTurns ? turn + 1 : 0;
    const memoKey = typeof learnedKey === 'number' ? learnedKey * this.turnSpan + turnKey : `${turnKey}#${learnedKey}`;
    const known = dyn.firstKey === memoKey ? dyn.firstSpan : dyn.more === null ? undefined : dyn.more.get(memoKey);
    // Kept small so that it can be inlined where expand recurses: most states met are known, and then no call is made.
    return known ? known : this.expand(state, dyn, turn, learned, learnedKey, memoKey);
  }

  /** search for a state whose result is not known yet. */
  private expand(
    state: ClientState,
    dyn: Dynamics,
    turn: number,
    learned: Learned,
    learnedKey: number | string,
    memoKey: number | string,
  ): Span {
    if (this.cyclic && dyn.onPath !== null && dyn.onPath.includes(learnedKey)) return this.cutOff(state, turn, learned);
    if (this.expanded >= this.limit) {
      this.truncated = true;
      return this.playout(state, dyn, turn, learned);
    }
    this.expanded += 1;
    const momentId = dyn.moment.id;
    this.visited.add(momentId);
    if (this.cyclic) (dyn.onPath ??= []).push(learnedKey);
    const shared = this.sharedTurns(state, dyn, turn);
    // The widest span over the options, folded in place (no object per option or per path that ends).
    let any = false;
    let bestHead = 0;
    let bestRecall = 0;
    let worstHead = 0;
    let worstRecall = 0;
    let ends = false;
    const nextTurn = turn + 1;
    for (let i = 0; i < shared.length; i += 1) {
      const played = shared[i]!;
      const nextLearned = played.keepsLearned ? learned : learnedAfter(learned, played.turn, nextTurn);
      const next = played.ends ? this.endedFor(played.turn, nextLearned) : played.state;
      let bh: number;
      let br: number;
      let wh: number;
      let wr: number;
      // played.ends: next is the turn's own state or the same with another ending (endedFor).
      if (played.ends) {
        this.leaf(next, nextTurn, nextLearned);
        bh = wh = this.scoredHead;
        br = wr = this.scoredRecall;
        ends = true;
      } else {
        const span = this.search(next, played.dyn!, nextTurn, nextLearned);
        bh = span.bestHead;
        br = span.bestRecall;
        wh = span.worstHead;
        wr = span.worstRecall;
        ends ||= span.ends;
      }
      if (!any) {
        any = true;
        bestHead = bh;
        bestRecall = br;
        worstHead = wh;
        worstRecall = wr;
      } else {
        if (order(bh, br, bestHead, bestRecall) > 0) {
          bestHead = bh;
          bestRecall = br;
        }
        if (order(wh, wr, worstHead, worstRecall) < 0) {
          worstHead = wh;
          worstRecall = wr;
        }
      }
    }
    if (this.cyclic) dyn.onPath!.pop();
    if (!any) throw new Error(`Moment "${momentId}" has no options; check the scenario first.`);
    if (!ends) this.deadEnds.add(momentId);
    const span: Span = { bestHead, bestRecall, worstHead, worstRecall, ends };
    if (dyn.firstKey === null) {
      dyn.firstKey = memoKey;
      dyn.firstSpan = span;
    } else (dyn.more ??= new Map()).set(memoKey, span);
    return span;
  }

  /**
   * Back at a state already on the path: going round again only adds turns until the engine's maxTurns
   * cut-off, so value it as that cut-off now (the loop's numbers stay in the same bands).
   */
  private cutOff(state: ClientState, turn: number, learned: Learned): Span {
    const { mode, vars } = state;
    const ending = chooseEnding(this.scenario, { mode, trust: vars.trust, room: vars.room, ...recordsOf(learned, this.slots) });
    this.score({ ...state, ending: { id: ending.id, walkedOut: false, turn } }, turn, learned);
    const head = this.scoredHead;
    const recall = this.scoredRecall;
    return { bestHead: head, bestRecall: recall, worstHead: head, worstRecall: recall, ends: false };
  }

  /** Past the state limit: one cheap path (always the first option) so every branch still has an outcome. */
  private playout(state: ClientState, dyn: Dynamics, turn: number, learned: Learned): Span {
    let s = state;
    let d = dyn;
    let t = turn;
    let l = learned;
    for (;;) {
      this.visited.add(s.momentId);
      const played = this.sharedTurns(s, d, t)[0]!;
      t += 1;
      l = learnedAfter(l, played.turn, t);
      s = this.endedFor(played.turn, l);
      if (s.ending) break;
      d = played.dyn!;
    }
    this.leaf(s, t, l);
    const head = this.scoredHead;
    const recall = this.scoredRecall;
    return { bestHead: head, bestRecall: recall, worstHead: head, worstRecall: recall, ends: true };
  }

  /** A path that has ended: its outcome into scoredHead and scoredRecall, its ending among those reached. */
  private leaf(ended: ClientState, turn: number, learned: Learned): void {
    const endingId = this.score(ended, turn, learned);
    if (endingId) this.endingsReached.add(endingId);
  }

  /**
   * outcomeOf's mode, recall, accurate facts and ending, read from the slots rather than from a state built
   * for it (the search ends hundreds of thousands of paths), as compareOutcomes weighs them: the ending's rank,
   * the mode's rank and the count of accurate facts packed into one whole number (scoredHead; each part below
   * its radix, so the packed numbers order as the parts do one after the other), and the recall (scoredRecall)
   * by the engine's own functions, over the agreements in the order the records would hold them. Returns the
   * ending's id.
   */
  private score(shared: ClientState, turn: number, learned: Learned): string | null {
    let mode: FinalMode;
    let recall: number;
    let accurate = 0;
    let endingId: string | null;
    if (!this.slots.distinctFacts) {
      const ending = shared.ending && { ...shared.ending, turn };
      const { facts, agreements } = recordsOf(learned, this.slots);
      const o = outcomeOf(this.scenario, withPath(shared, turn, facts, agreements, shared.choices, ending));
      mode = o.mode;
      recall = o.recall;
      accurate = o.disclosed.length;
      endingId = o.endingId;
    } else {
      const walkedOut = shared.ending?.walkedOut ?? false;
      // recallShare(recallAgreements(…)): the chances summed in the records' key order, divided by their count.
      recall = recallOfSlots(learned, this.slots, walkedOut ? 0 : shared.vars.room, this.params);
      const facts = learned.facts;
      for (let i = 0; i < facts.length; i += 1) if (facts[i]?.fidelity === 'accurate') accurate += 1;
      mode = walkedOut ? 'walked-out' : shared.mode;
      endingId = shared.ending?.id ?? null;
    }
    // endingRank is -1 to the number of endings, modeRank -1 to 3, the accurate facts 0 to the persona's facts.
    const rank = endingId === null ? -1 : (this.ranks.get(endingId) ?? -1);
    this.scoredHead = ((rank + 1) * (MODES.length + 1) + modeRank(mode) + 1) * this.factRadix + accurate;
    this.scoredRecall = recall;
    return endingId;
  }

  /**
   * Each option's turn, played once per dynamic state (see analyse-step.ts). The turn number matters to a
   * turn only through the maxTurns cut-off, so the last turn is told apart from the others.
   */
  private sharedTurns(state: ClientState, dyn: Dynamics, turn: number): Played[] {
    const last = turn + 1 >= this.scenario.maxTurns;
    const known = last ? dyn.lastTurns : dyn.turns;
    if (known) return known;
    const view = this.viewFor(state.momentId);
    const bare = bareOf(state, turn);
    const played = dyn.moment.options.map((_, i): Played => {
      const turn = sharedTurnFrom(view, this.slots, bare, i);
      return {
        state: turn.state,
        dyn: this.dynamicsOf(turn.state),
        keepsLearned: keepsLearned(turn),
        ends: turn.state.ending !== null,
        turn,
      };
    });
    if (last) dyn.lastTurns = played;
    else dyn.turns = played;
    return played;
  }

  /** The state after a shared turn on a path that has learned `learned` (after that turn). */
  private endedFor(played: SharedTurn, learned: Learned): ClientState {
    const shared = played.state;
    if (played.choosesEnding && shared.ending) {
      // Endings may ask what was achieved: choose again with this path's own facts and agreements.
      const id = endingFor(this.scenario, this.slots, played, learned)!;
      if (id !== shared.ending.id) return { ...shared, ending: { ...shared.ending, id } };
    }
    return shared;
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
   * follows from the others); interned, so each distinct key is built once per state a turn produces.
   * `learned` (learnedKey): which facts are known accurately and which agreements are made, written and
   * reminded, which only shape the final outcome. `turn`: only when the engine's maxTurns cut-off can still
   * come before an ending; elsewhere the turn changes nothing, and leaving it out lets more states share a
   * result. Inside and before loops it is always in: a result found late, with few turns left, must not be
   * reused early.
   */
  private dynamicsOf(s: ClientState): Dynamics | null {
    if (s.ending) return null;
    const key = this.packedDynamics(s) ?? this.dynamicsText(s);
    let dyn = this.dynamics.get(key);
    if (!dyn) {
      dyn = {
        moment: this.moments.get(s.momentId)!,
        longest: this.longest.get(s.momentId) ?? Infinity,
        open: this.openFacts.get(s.momentId)!,
        id: this.dynamics.size,
        turns: null,
        lastTurns: null,
        firstKey: null,
        firstSpan: null,
        more: null,
        onPath: null,
      };
      this.dynamics.set(key, dyn);
    }
    return dyn;
  }

  /**
   * The dynamics key as one number: each part a digit of its own radix (see radices). Null when a part falls
   * outside its radix (an unknown moment or mode, a counter past 63, an unclamped number): then the text is
   * the key. A given state always gets the same kind of key, and each kind is exact, so no two states share
   * a key unless every part is equal.
   */
  private packedDynamics(s: ClientState): number | null {
    const r = this.radices;
    if (!r) return null;
    const v = s.vars;
    const b = this.bands;
    // Digit by digit, without an array or a closure: this runs for every state a turn produces. A part outside
    // its radix makes the key NaN, and NaN stays NaN through every later digit.
    let key = 0;
    key = digit(key, this.momentIndex.get(s.momentId) ?? -1, r[0]!);
    key = digit(key, MODE_INDEX.get(s.mode) ?? -1, r[1]!);
    key = digit(key, s.reaction === null ? 0 : (TRAIT_INDEX.get(s.reaction) ?? -1) + 1, r[2]!);
    key = digit(key, Math.floor(v.stress / b.stress), r[3]!);
    key = digit(key, Math.floor(v.trust / b.trust), r[4]!);
    key = digit(key, Math.floor(v.load / b.load), r[5]!);
    key = digit(key, Math.floor(v.sensitisation / b.sensitisation), r[6]!);
    key = digit(key, s.outsideTurns, r[7]!);
    key = digit(key, s.slowTurnsLeft, r[8]!);
    key = digit(key, Math.min(s.closedStreak, this.closedCap), r[9]!);
    key = digit(key, Math.min(s.affirmCount, this.affirmCap), r[10]!);
    key = digit(key, s.unsaid === null ? 0 : (this.slots.factSlot.get(s.unsaid) ?? -1) + 1, r[11]!);
    return Number.isNaN(key) ? null : key;
  }

  private dynamicsText(s: ClientState): string {
    const v = s.vars;
    const b = this.bands;
    return `${s.momentId},${s.mode},${s.reaction ?? '-'},${Math.floor(v.stress / b.stress)},${Math.floor(v.trust / b.trust)},${Math.floor(v.load / b.load)},${Math.floor(v.sensitisation / b.sensitisation)},${s.outsideTurns},${s.slowTurnsLeft},${Math.min(s.closedStreak, this.closedCap)},${Math.min(s.affirmCount, this.affirmCap)},${s.unsaid ?? '-'}`;
  }

  /**
   * A short key for what is learned, as far as it can still matter. Facts: only whether each is known
   * accurately, since the outcome counts only accurate facts and later a fact is either answered again (which
   * replaces what was there) or omitted (which keeps it), so vague, wrong, omitted and not asked behave alike.
   * Facts nothing later can ask (`open[i]` false) are settled: only how many of them are accurate counts.
   * Agreements: whether each is made, written and reminded. Within one dynamics key `open` is fixed (it
   * follows the moment), so a number of bits for the open facts, the settled count and a base-5 digit per
   * agreement identify it exactly; past what a double holds exactly, the same as a string (learnedKey).
   */
  private learnedKey(learned: Learned, open: readonly boolean[]): number | string {
    if (!this.numericKeys) return learnedKey(learned, open);
    const { facts, agreements } = learned;
    let bits = 0;
    let settled = 0;
    // At most 30 facts here (numericKeys), so the bits fit a 31-bit integer.
    for (let i = 0; i < facts.length; i += 1) {
      if (facts[i]?.fidelity !== 'accurate') continue;
      if (open[i]) bits |= 1 << i;
      else settled += 1;
    }
    let key = bits + settled * this.factSpan;
    for (let i = agreements.length - 1; i >= 0; i -= 1) {
      const a = agreements[i];
      key = key * 5 + (a ? (a.written ? (a.reminder ? 4 : 3) : a.reminder ? 2 : 1) : 0);
    }
    return key;
  }
}

/** `key` with one more digit `d` of base `radix`; NaN when `d` is not a whole number below the radix. */
function digit(key: number, d: number, radix: number): number {
  return Number.isInteger(d) && d >= 0 && d < radix ? key * radix + d : NaN;
}

/**
 * A shared turn with the interned dynamics of the state it leads to (null when that state has ended), and
 * what the search asks of it on every step read once: most steps then touch only this object.
 */
interface Played {
  /** turn.state */
  state: ClientState;
  dyn: Dynamics | null;
  /** keepsLearned(turn): every path keeps what it learned as it was. */
  keepsLearned: boolean;
  /** The turn ends the conversation. */
  ends: boolean;
  turn: SharedTurn;
}

function finalOf(scenario: CompiledScenario, state: ClientState): Pick<PathOutcome, 'mode' | 'recall' | 'disclosed' | 'endingId'> {
  const o = outcomeOf(scenario, state);
  return { mode: o.mode, recall: o.recall, disclosed: o.disclosed, endingId: o.endingId };
}

/**
 * compareOutcomes on two scored outcomes (see Span): positive when the first is better, negative when worse,
 * 0 when equal, NaN when their recalls cannot be compared (as compareOutcomes gives).
 */
function order(headA: number, recallA: number, headB: number, recallB: number): number {
  const heads = headA - headB;
  return heads !== 0 ? heads : recallA - recallB;
}

/** The option considered in descend: its state, its scored outcome and its MI rating. */
interface Candidate {
  next: ClientState;
  head: number;
  recall: number;
  rating: number;
}

function better(head: number, recall: number, rating: number, than: Candidate, want: 'best' | 'worst'): boolean {
  const o = order(head, recall, than.head, than.recall);
  if (o !== 0) return want === 'best' ? o > 0 : o < 0;
  return want === 'best' ? rating > than.rating : rating < than.rating;
}

/**
 * A cheap reachability pass for the smells: play the scenario with the engine's own lean step (`stepState`, the
 * same states as `takeTurn` without transcript or explanation; randomness
 * off), merging states whose numbers fall in the same bands (10 points of stress, 20 of the rest), and record which moments, modes and
 * reactions real conversations meet. Much coarser and smaller than the path analysis (analyse.ts), so it is
 * fast enough for every `scenarios:check` and for live feedback in the Scenario Lab.
 *
 * The result is an estimate from below: banding keeps one representative state per band, and the search
 * stops at a state budget (`complete: false`). Smells that claim "never" only trust a complete pass. Which
 * endings are reached depends on the extreme paths, which banding blurs: that is left to the full analysis.
 */
import { findMoment, initialState, paramsFor, stepState } from '../engine/turn.ts';
import type { CompiledScenario, Mode, Trait } from '../engine/scenario.types.ts';
import type { ClientState } from '../engine/state.ts';

export const REACH_STATE_LIMIT = 800;
/** Stress decides the window of tolerance (and so the reactions): it gets finer bands than the rest. */
const STRESS_BAND = 10;
const BAND = 20;

export interface Reach {
  /** Moment ids some played conversation visits. */
  moments: Set<string>;
  /** Moment id → the modes the client can be in when the moment starts (its `client` text is picked then). */
  arrivalModes: Map<string, Set<Mode>>;
  /** Option id → the modes the client can be in right after it (its `reply` is picked then). */
  replyModes: Map<string, Set<Mode>>;
  /** The same for reactions (fight, flight, freeze) outside the window of tolerance. */
  arrivalReactions: Map<string, Set<Trait>>;
  replyReactions: Map<string, Set<Trait>>;
  /** False when the state budget ran out before every banded state was played. */
  complete: boolean;
  states: number;
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export function exploreReach(scenario: CompiledScenario, limit = REACH_STATE_LIMIT): Reach {
  const played: CompiledScenario = { ...scenario, randomness: false };
  const p = paramsFor(played);
  const band = (x: number) => Math.floor(x / BAND);
  const keyOf = (s: ClientState) =>
    [
      s.momentId,
      s.mode,
      s.reaction ?? '-',
      s.outsideTurns,
      s.slowTurnsLeft > 0 ? 1 : 0,
      Math.floor(s.vars.stress / STRESS_BAND),
      band(s.vars.trust),
      band(s.vars.load),
      band(s.vars.sensitisation),
      Math.min(s.closedStreak, p.crossExamAfter + 1),
      Math.min(s.affirmCount, p.affirmLimit + 1),
    ].join('|');

  const reach: Reach = {
    moments: new Set(),
    arrivalModes: new Map(),
    replyModes: new Map(),
    arrivalReactions: new Map(),
    replyReactions: new Map(),
    complete: true,
    states: 0,
  };
  const seen = new Set<string>();
  // Transcripts do not steer the dynamics: dropping them keeps every step small (stepState adds none).
  const queue: ClientState[] = [{ ...initialState(played), transcript: [], explanations: [] }];
  while (queue.length > 0) {
    const state = queue.pop()!;
    const key = keyOf(state);
    if (seen.has(key)) continue;
    if (seen.size >= limit) {
      reach.complete = false;
      break;
    }
    seen.add(key);
    reach.moments.add(state.momentId);
    add(reach.arrivalModes, state.momentId, state.mode);
    if (state.reaction) add(reach.arrivalReactions, state.momentId, state.reaction);
    if (state.turn >= played.maxTurns) continue;
    const moment = findMoment(played, state.momentId);
    for (const option of moment.options) {
      // The state after the step is the explanation's "after": its mode and reaction are the reply's.
      const { state: after } = stepState(played, state, option.id);
      add(reach.replyModes, option.id, after.mode);
      if (after.reaction) add(reach.replyReactions, option.id, after.reaction);
      if (!after.ending) queue.push(after);
    }
  }
  reach.states = seen.size;
  return reach;
}

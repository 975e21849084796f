/**
 * The smells' reachability pass steps states with the engine's lean step (stepState). It must find exactly
 * what playing full turns with takeTurn finds (the straightforward way, kept here as the reference) on every
 * shipped scenario and every fixture that compiles.
 */
import { yamlFiles } from '../helpers/scenarios.ts';
import { describe, expect, it } from 'vitest';
import { findMoment, initialState, paramsFor, takeTurn } from '../../src/engine/turn.ts';
import type { CompiledScenario, Mode, Trait } from '../../src/engine/scenario.types.ts';
import type { ClientState } from '../../src/engine/state.ts';
import { exploreReach, REACH_STATE_LIMIT, type Reach } from '../../src/content/smells-reach.ts';
import { loadScenarioFile } from '../../scripts/lib/scenario-files.ts';

const files = yamlFiles(undefined, { translations: false });

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** The pass as it was first written: full turns, the moment found by a scan. */
function referenceReach(scenario: CompiledScenario, limit = REACH_STATE_LIMIT): Reach {
  const played: CompiledScenario = { ...scenario, randomness: false };
  const p = paramsFor(played);
  const band = (x: number) => Math.floor(x / 20);
  const keyOf = (s: ClientState) =>
    [
      s.momentId,
      s.mode,
      s.reaction ?? '-',
      s.outsideTurns,
      s.slowTurnsLeft > 0 ? 1 : 0,
      Math.floor(s.vars.stress / 10),
      band(s.vars.trust),
      band(s.vars.load),
      band(s.vars.sensitisation),
      Math.min(s.closedStreak, p.crossExamAfter + 1),
      Math.min(s.affirmCount, p.affirmLimit + 1),
    ].join('|');
  const reach: Reach = {
    moments: new Set(),
    arrivalModes: new Map<string, Set<Mode>>(),
    replyModes: new Map<string, Set<Mode>>(),
    arrivalReactions: new Map<string, Set<Trait>>(),
    replyReactions: new Map<string, Set<Trait>>(),
    complete: true,
    states: 0,
  };
  const seen = new Set<string>();
  const lean = (s: ClientState): ClientState => ({ ...s, transcript: [], explanations: [] });
  const queue: ClientState[] = [lean(initialState(played))];
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
    for (const option of findMoment(played, state.momentId).options) {
      const { state: after, explanation } = takeTurn(played, state, option.id);
      add(reach.replyModes, option.id, explanation.after.mode);
      if (explanation.after.reaction) add(reach.replyReactions, option.id, explanation.after.reaction);
      if (!after.ending) queue.push(lean(after));
    }
  }
  reach.states = seen.size;
  return reach;
}

/** Sets and maps as sorted-free arrays in insertion order: the order is part of what must agree. */
const plain = (reach: Reach) => JSON.parse(JSON.stringify(reach, (_k, v: unknown) => (v instanceof Set || v instanceof Map ? [...v] : v)));

describe('exploreReach', () => {
  const compiled = files.flatMap((file) => {
    const scenario = loadScenarioFile(file).scenario;
    return scenario ? [[file, scenario] as const] : [];
  });

  it('has compiled scenarios to compare', () => {
    expect(compiled.length).toBeGreaterThan(10);
  });

  it.each(compiled)('%s: the same reach as playing full turns', (_file, scenario) => {
    expect(plain(exploreReach(scenario))).toEqual(plain(referenceReach(scenario)));
    expect(plain(exploreReach(scenario, 40))).toEqual(plain(referenceReach(scenario, 40)));
  });
});

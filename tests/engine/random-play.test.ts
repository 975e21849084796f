/** Robustness: a thousand seeded random conversations per scenario stay in range and always end. */
import { describe, expect, it } from 'vitest';
import { availableOptions, initialState, nextRandom, takeTurn, type ClientState } from './engine-api.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const RUNS = 1000;

function inRange(state: Pick<ClientState, 'vars'>): boolean {
  return Object.values(state.vars).every((v) => Number.isFinite(v) && v >= 0 && v <= 100);
}

describe.each(loadShipped().map((s) => [s.id, s] as const))('%s under random play', (_id, scenario) => {
  it(`${RUNS} random conversations stay within 0–100 and reach an ending`, () => {
    const endings = new Set<string>();
    for (let run = 0; run < RUNS; run += 1) {
      let rng = run * 7919 + 1;
      let state = initialState(scenario, { seed: run });
      expect(inRange(state)).toBe(true);
      let guard = 0;
      while (!state.ending) {
        const options = availableOptions(scenario, state);
        const [r, next] = nextRandom(rng);
        rng = next;
        state = takeTurn(scenario, state, options[Math.floor(r * options.length)]!.id).state;
        if (!inRange(state)) throw new Error(`run ${run}: out of range at turn ${state.turn}: ${JSON.stringify(state.vars)}`);
        guard += 1;
        if (guard > scenario.maxTurns + 1) throw new Error(`run ${run} did not end within maxTurns`);
      }
      const { mode: _m, reaction: _r, ...after } = state.explanations[state.explanations.length - 1]!.after;
      expect(inRange({ vars: after })).toBe(true);
      endings.add(state.ending.id);
    }
    // random play is varied enough to reach more than one ending
    expect(endings.size).toBeGreaterThan(1);
  });
});

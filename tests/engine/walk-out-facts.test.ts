/**
 * A client who walks out answers nothing: a fact the consultant asked on the walk-out turn is recorded as not
 * told ("omitted"), never as a wrong answer the client did not give. Over random paths of every shipped
 * scenario; the random stream is unchanged (both draws are still taken).
 */
import { describe, expect, it } from 'vitest';
import { availableOptions, initialState, nextRandom, takeTurn } from './engine-api.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const RUNS = 60;

describe('facts asked on a walk-out turn', () => {
  it('are recorded as not told, in the explanation and in the state', { timeout: 60_000 }, () => {
    let walkOutsAsking = 0;
    for (const scenario of loadShipped()) {
      for (let run = 0; run < RUNS; run += 1) {
        let rng = run * 104_729 + 7;
        let state = initialState(scenario, { seed: run });
        while (!state.ending) {
          const options = availableOptions(scenario, state);
          const [r, next] = nextRandom(rng);
          rng = next;
          const taken = takeTurn(scenario, state, options[Math.floor(r * options.length)]!.id);
          const { explanation } = taken;
          if (explanation.walkedOut && explanation.facts.length > 0) {
            walkOutsAsking += 1;
            for (const fact of explanation.facts) {
              expect(fact.fidelity).toBe('omitted');
              expect(taken.state.facts[fact.factId]?.fidelity).not.toBe('wrong');
            }
          }
          state = taken.state;
        }
      }
    }
    // The property is only shown if shipped play reaches it.
    expect(walkOutsAsking).toBeGreaterThan(0);
  });
});

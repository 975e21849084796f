/**
 * The lean step (stepState) is takeTurn without the narrative: over random paths of every shipped scenario, with
 * and without randomness, it gives the same state (numbers, mode, facts, agreements, choices, ending, generator)
 * and the same parts of the explanation the analysis reads, and it appends no transcript or explanation.
 * stepNumbers is the same turn that leaves the facts, agreements and choices as they were.
 */
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  availableOptions,
  initialState,
  nextRandom,
  stepNumbers,
  stepState,
  takeTurn,
  type ClientState,
} from './engine-api.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const RUNS = 60;

function withoutNarrative(state: ClientState): Omit<ClientState, 'transcript' | 'explanations'> {
  const { transcript: _t, explanations: _e, ...rest } = state;
  return rest;
}

describe.each(loadShipped().map((s) => [s.id, s] as const))('%s: stepState against takeTurn', (_id, shipped) => {
  it.each([true, false])('gives the same states on random paths (randomness %s)', (randomness) => {
    const scenario = { ...shipped, randomness };
    let turns = 0;
    for (let run = 0; run < RUNS; run += 1) {
      let rng = run * 7919 + 13;
      let full = initialState(scenario, { seed: run });
      let lean = initialState(scenario, { seed: run });
      while (!full.ending) {
        const options = availableOptions(scenario, full);
        const [r, next] = nextRandom(rng);
        rng = next;
        const optionId = options[Math.floor(r * options.length)]!.id;
        const taken = takeTurn(scenario, full, optionId);
        const stepped = stepState(scenario, lean, optionId);
        expect(withoutNarrative(stepped.state)).toEqual(withoutNarrative(taken.state));
        // Nothing appended: the lean chain keeps the opening lines and no explanations.
        expect(stepped.state.transcript).toBe(lean.transcript);
        expect(stepped.state.explanations).toBe(lean.explanations);
        const e = taken.explanation;
        expect({
          features: stepped.features,
          facts: stepped.facts,
          agreements: stepped.agreements,
          walkedOut: stepped.walkedOut,
          next: stepped.next,
        }).toEqual({
          features: e.features,
          facts: e.facts,
          agreements: e.agreements,
          walkedOut: e.walkedOut,
          next: e.next,
        });
        // Without the ledger: the same turn, with the records and choices the state came with.
        const index = options.findIndex((o) => o.id === optionId);
        const numbers = stepNumbers(scenario, lean, index);
        const { facts: _f, agreements: _a, choices: _c, ending: _x, ...played } = withoutNarrative(numbers.state);
        const { facts: _tf, agreements: _ta, choices: _tc, ending: _tx, ...real } = withoutNarrative(taken.state);
        expect(played).toEqual(real);
        expect(numbers.state.facts).toBe(lean.facts);
        expect(numbers.state.agreements).toBe(lean.agreements);
        expect(numbers.state.choices).toBe(lean.choices);
        expect(numbers.state.ending === null).toBe(taken.state.ending === null);
        expect({ facts: numbers.facts, agreements: numbers.agreements, walkedOut: numbers.walkedOut, next: numbers.next }).toEqual({
          facts: e.facts,
          agreements: e.agreements,
          walkedOut: e.walkedOut,
          next: e.next,
        });
        full = taken.state;
        lean = stepped.state;
        turns += 1;
      }
      expect(lean.ending).toEqual(full.ending);
    }
    expect(turns).toBeGreaterThan(RUNS);
  });

  it('refuses what takeTurn refuses', () => {
    const start = initialState(shipped, { seed: 1 });
    expect(() => stepState(shipped, start, 'no-such-option')).toThrow(EngineError);
    const ended = { ...start, ending: { id: shipped.endings[0]!.id, walkedOut: false, turn: 1 } };
    expect(() => stepState(shipped, ended, availableOptions(shipped, start)[0]!.id)).toThrow(EngineError);
    expect(() => stepNumbers(shipped, start, availableOptions(shipped, start).length)).toThrow(EngineError);
    expect(() => stepNumbers(shipped, ended, 0)).toThrow(EngineError);
  });
});

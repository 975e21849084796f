import { describe, expect, it } from 'vitest';
import { availableOptions, initialState, replay, takeTurn, type CompiledScenario } from './engine-api.ts';
import { loadExample } from '../helpers/scenarios.ts';

const example = loadExample();

function randomChoices(scenario: CompiledScenario, seed: number): string[] {
  let state = initialState(scenario, { seed });
  let i = seed;
  while (!state.ending) {
    const options = availableOptions(scenario, state);
    i = (i * 1103515245 + 12345) >>> 0;
    state = takeTurn(scenario, state, options[i % options.length]!.id).state;
  }
  return state.choices;
}

describe('determinism', () => {
  it('same choices and seed give identical transcripts and explanations', () => {
    for (const seed of [1, 2, 3, 42, 'workshop-3']) {
      const choices = randomChoices(example, typeof seed === 'number' ? seed : 9);
      const a = replay(example, choices, { seed });
      const b = replay(example, choices, { seed });
      expect(JSON.stringify(b.transcript)).toBe(JSON.stringify(a.transcript));
      expect(JSON.stringify(b.explanations)).toBe(JSON.stringify(a.explanations));
      expect(b.ending).toEqual(a.ending);
    }
  });

  it('the seed matters when randomness is on', () => {
    const choices = randomChoices(example, 5);
    const transcripts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(replay(example, choices, { seed }).transcript)));
    expect(transcripts.size).toBeGreaterThan(1);
  });

  it('a scenario with randomness off plays the same for every seed', () => {
    const fixed: CompiledScenario = { ...example, randomness: false };
    const choices = randomChoices(fixed, 5);
    const transcripts = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(replay(fixed, choices, { seed }).transcript)));
    expect(transcripts.size).toBe(1);
  });

  it('numbers never depend on the seed, only facts and wording do', () => {
    const choices = randomChoices(example, 11);
    const a = replay(example, choices, { seed: 1 });
    const b = replay(example, choices, { seed: 2 });
    expect(b.explanations.map((e) => e.after.stress)).toEqual(a.explanations.map((e) => e.after.stress));
  });
});

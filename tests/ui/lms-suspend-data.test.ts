/** cmi.suspend_data: round trip, damaged input, and SCORM 1.2's 4,096 characters on the longest path. */
import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/app/lms/suspend-data.ts';
import { loadShipped } from '../helpers/scenarios.ts';

describe('suspend data', () => {
  it('round-trips a conversation', () => {
    const kept = { scenarioId: 'warming-up-welkom', version: 3, seed: 4_294_967_295, choices: ['open-vraag', 'reflectie_2'] };
    expect(decodeSuspendData(encodeSuspendData(kept)!)).toEqual(kept);
    expect(decodeSuspendData(encodeSuspendData({ ...kept, choices: [] })!)).toEqual({ ...kept, choices: [] });
  });

  it('reads anything else as nothing kept', () => {
    for (const text of ['', 'hello', 'r1|x|1|7', 'r1|x|one|7|a', 'r2|x|1|7|a', 'r1|x|1|7|a,,b', 'r1|x y|1|7|a']) {
      expect(decodeSuspendData(text), text).toBeNull();
    }
  });

  it('stays within 4,096 characters for the longest path of every shipped scenario', () => {
    for (const scenario of loadShipped()) {
      // The longest record a scenario can need: every turn up to maxTurns picks its longest option id.
      const longest = scenario.moments.flatMap((m) => m.options.map((o) => o.id)).sort((a, b) => b.length - a.length)[0]!;
      const text = encodeSuspendData({
        scenarioId: scenario.id,
        version: scenario.version,
        seed: 4_294_967_295,
        choices: Array(scenario.maxTurns).fill(longest),
      });
      expect(text, scenario.id).not.toBeNull();
      expect(text!.length, scenario.id).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    }
  }, 60_000);

  it('keeps nothing rather than more than 4,096 characters or a cut-off record', () => {
    const choices = Array(200).fill('a-rather-long-option-identifier');
    expect(encodeSuspendData({ scenarioId: 's', version: 1, seed: 1, choices })).toBeNull();
  });
});

/** The session code: short, unambiguous, forgiving to type, and the same code gives the same conversation. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineText, replay, selectClientLines, selectOptions } from '../../src/engine/index.ts';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  codeFromNumber,
  codeProblem,
  isSessionCode,
  newSessionCode,
  normalizeCode,
  seedForCode,
} from '../../src/features/workshop/session-code.ts';
import { mustCompile, SCENARIO_DIR } from '../helpers/scenarios.ts';

describe('session code', () => {
  it('uses no characters that are easily mixed up', () => {
    for (const ch of 'IL01OU') expect(CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it('makes codes of the fixed length from the alphabet, deterministically from a number', () => {
    for (const n of [0, 1, 29, 30, 123456, 4294967295]) {
      const code = codeFromNumber(n);
      expect(code).toHaveLength(CODE_LENGTH);
      expect(isSessionCode(code)).toBe(true);
      expect(codeFromNumber(n)).toBe(code);
    }
    expect(codeFromNumber(1)).not.toBe(codeFromNumber(2));
    expect(newSessionCode(() => new Uint32Array([123456]))).toBe(codeFromNumber(123456));
    expect(isSessionCode(newSessionCode())).toBe(true);
  });

  it('accepts what people type (lower case, spaces, dashes) and says what is wrong otherwise', () => {
    expect(normalizeCode(' k7m-2q ')).toBe('K7M2Q');
    expect(codeProblem('k7m 2q')).toBeNull();
    expect(codeProblem('')).toBe('empty');
    expect(codeProblem('K7M2')).toBe('length');
    expect(codeProblem('K7M2QQ')).toBe('length');
    expect(codeProblem('K0M2Q')).toBe('characters');
    expect(codeProblem('KIM2Q')).toBe('characters');
  });

  it('maps a code to one seed, the same however it was typed, and different codes to different seeds', () => {
    expect(seedForCode('k7m-2q')).toBe(seedForCode('K7M2Q'));
    expect(seedForCode('K7M2Q')).not.toBe(seedForCode('K7M2R'));
    expect(seedForCode('K7M2Q')).toBe(seedForCode('K7M2Q'));
  });

  it('two groups with the same code see the same letters and the same client lines at every moment', () => {
    const scenario = mustCompile(resolve(SCENARIO_DIR, 'bijstand-na-scheiding.yaml'));
    const path: string[] = [];
    const groupA = () => replay(scenario, path, { seed: seedForCode('k7m2q') });
    const groupB = () => replay(scenario, path, { seed: seedForCode('K7M-2Q') });
    const orders = new Set<string>();
    for (let turn = 0; turn < 6; turn += 1) {
      const a = groupA();
      const b = groupB();
      if (a.ending) break;
      const lettersA = selectOptions(scenario, a).map((o) => o.id);
      expect(selectOptions(scenario, b).map((o) => o.id)).toEqual(lettersA);
      expect(selectClientLines(b).map((e) => lineText(scenario, e.line, 'nl'))).toEqual(
        selectClientLines(a).map((e) => lineText(scenario, e.line, 'nl')),
      );
      orders.add(lettersA.join());
      path.push(lettersA[lettersA.length - 1]!);
    }
    // Another code gives another order somewhere (the order is not the file's order for every code).
    const other = replay(scenario, [], { seed: seedForCode('ZZZZZ') });
    const mine = replay(scenario, [], { seed: seedForCode('K7M2Q') });
    const codes = ['ZZZZZ', 'AAAAA', 'B2B2B', 'HHHHH'].map((c) =>
      selectOptions(scenario, replay(scenario, [], { seed: seedForCode(c) }))
        .map((o) => o.id)
        .join(),
    );
    expect(
      new Set([
        ...codes,
        selectOptions(scenario, mine)
          .map((o) => o.id)
          .join(),
      ]).size,
    ).toBeGreaterThan(1);
    expect(other.seed).not.toBe(mine.seed);
  });
});

/**
 * The checker tells near-duplicate option texts apart with the bag distance before the edit distance
 * (semantics.ts). That shortcut is exact only because the bag distance never exceeds the edit distance:
 * checked here on every pair of option texts in the shipped scenarios and fixtures, and on slips made from
 * them (letters changed, dropped, added, swapped), so the shortcut can never hide a duplicate.
 */
import { readFileSync } from 'node:fs';
import { yamlFiles } from '../helpers/scenarios.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bagDistance, levenshtein } from '../../src/content/suggest.ts';

const files = yamlFiles(['scenarios', 'tests/content/fixtures/valid', 'tests/content/fixtures/smells']);

function optionTexts(file: string): string[][] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const moments = (data as { moments?: unknown } | null)?.moments;
  if (!Array.isArray(moments)) return [];
  return moments.map((m: { options?: { text?: unknown }[] }) =>
    (Array.isArray(m?.options) ? m.options : []).map((o) => o?.text).filter((t): t is string => typeof t === 'string'),
  );
}

/** Small deterministic slips of a text: one to three edits of every kind levenshtein counts. */
function slips(text: string, seed: number): string[] {
  let r = seed;
  const next = (n: number) => {
    r = (r * 1103515245 + 12345) % 2147483648;
    return r % Math.max(1, n);
  };
  const out: string[] = [];
  for (let k = 0; k < 4; k++) {
    let t = text;
    for (let e = 0; e <= next(3); e++) {
      const i = next(t.length);
      switch (next(4)) {
        case 0:
          t = t.slice(0, i) + 'xyzé '[next(5)] + t.slice(i + 1);
          break;
        case 1:
          t = t.slice(0, i) + t.slice(i + 1);
          break;
        case 2:
          t = t.slice(0, i) + 'aeé?'[next(4)] + t.slice(i);
          break;
        default:
          if (i + 1 < t.length) t = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
      }
    }
    out.push(t);
  }
  return out;
}

describe('bagDistance', () => {
  it('is zero for texts with the same letters, and counts the larger side', () => {
    expect(bagDistance('abc', 'cab')).toBe(0);
    expect(bagDistance('aab', 'abb')).toBe(1);
    expect(bagDistance('abcd', 'ab')).toBe(2);
    expect(bagDistance('', 'xyz')).toBe(3);
    expect(bagDistance('éé', 'e')).toBe(2);
  });

  it.each(files)('never exceeds the edit distance, on the option texts of %s and slips of them', (file) => {
    const wrong: string[] = [];
    for (const texts of optionTexts(file)) {
      texts.forEach((a, i) => {
        const near = slips(a, i);
        for (const b of [...texts.slice(0, i), ...near]) {
          const bag = bagDistance(a, b);
          // levenshtein is exact up to its bound: "more than bag - 1 edits" is "at least bag edits" (checked
          // on the slips, where it is cheap; for any pair the shortcut below must agree with the edit distance).
          if (bag > 0 && near.includes(b) && levenshtein(a, b, bag - 1) <= bag - 1) wrong.push(`${a} / ${b}`);
          const limit = Math.floor(Math.max(a.length, b.length) / 10);
          const slip = levenshtein(a, b, limit) <= limit;
          if ((bag <= limit && slip) !== slip) wrong.push(`${a} / ${b} (limit ${limit})`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * cueShares rates each moment once and counts characters without building arrays; it must give exactly what
 * the straightforward way gives (each cue rating every moment again, lengths by `[...text.trim()].length`),
 * here on seeded random moments with awkward texts (emoji, lone surrogates, spaces around).
 */
import { describe, expect, it } from 'vitest';
import type { Code, Features } from '../../src/engine/codes.ts';
import {
  cueShares,
  FORM_CUES,
  miRating,
  SYSTEMATIC_MIN_EXCESS,
  SYSTEMATIC_MIN_MOMENTS,
  SYSTEMATIC_MIN_Z,
} from '../../src/content/form-cues.ts';

type Option = { codes: Code[]; features: Features };

function argmax(values: readonly number[]): number[] {
  const top = Math.max(...values);
  return values.flatMap((v, i) => (v === top ? [i] : []));
}

const referenceLength = (text: string) => [...text.trim()].length;

function reference(moments: { texts: string[]; options: Option[] }[]) {
  const longest = (t: readonly string[]) => argmax(t.map(referenceLength));
  const shortest = (t: readonly string[]) => argmax(t.map((x) => -referenceLength(x)));
  return FORM_CUES.map((cue) => {
    const pick = cue.id === 'longest' ? longest : cue.id === 'shortest' ? shortest : cue.pick;
    let counted = 0;
    let hits = 0;
    let chance = 0;
    let variance = 0;
    for (const m of moments) {
      if (m.options.length < 2) continue;
      const best = argmax(m.options.map(miRating));
      if (best.length === m.options.length) continue;
      const picked = pick(m.texts);
      if (picked.length === 0 || picked.length === m.options.length) continue;
      counted += 1;
      hits += picked.filter((i) => best.includes(i)).length / picked.length;
      const p = best.length / m.options.length;
      chance += p;
      variance += p * (1 - p);
    }
    const excess = counted === 0 ? 0 : (hits - chance) / counted;
    const z = variance === 0 ? 0 : (hits - chance) / Math.sqrt(variance);
    return {
      cue: cue.id,
      moments: counted,
      hits,
      chance,
      giveaway: counted >= SYSTEMATIC_MIN_MOMENTS && excess >= SYSTEMATIC_MIN_EXCESS && z >= SYSTEMATIC_MIN_Z,
    };
  });
}

const WORDS = ['u', 'uw', 'voelt', 'zwaar', 'hoe', 'is', 'dat', '?', '😀', '👍🏽', '\uD800', 'é', ' ', 'brief', 'your', 'feel'];
const CODES: Code[] = ['reflection-complex', 'affirm', 'question-open', 'question-closed', 'persuade', 'confront', 'structure'];

function moments(seed: number) {
  let r = seed;
  const next = (n: number) => {
    r = (r * 1103515245 + 12345) % 2147483648;
    return r % n;
  };
  return Array.from({ length: 40 }, () =>
    Array.from({ length: 1 + next(4) }, () => ({
      text: `${' '.repeat(next(2))}${Array.from({ length: 1 + next(8) }, () => WORDS[next(WORDS.length)]).join(next(2) ? ' ' : '')}${' '.repeat(next(2))}`,
      option: {
        codes: [CODES[next(CODES.length)]!],
        features: {
          questions: next(3),
          demands: next(2),
          jargon: next(2),
          threat: next(5) === 0,
          agenda: next(4) === 0,
          writtenAgreement: false,
          reminder: false,
          asksAboutStress: next(3) === 0,
          normalises: false,
          summary: next(4) === 0,
          smallTalk: false,
        } as Features,
      },
    })),
  ).map((list) => ({ texts: list.map((o) => o.text), options: list.map((o) => o.option) }));
}

describe('cueShares', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives the straightforward result on seeded moments (seed %i)', (seed) => {
    const data = moments(seed);
    expect(cueShares(data)).toEqual(reference(data));
  });

  it('counts characters as code points of the trimmed text', () => {
    const texts = [' 😀😀 ', 'abc', '\uD800\uD800\uD800', 'ab'];
    expect(FORM_CUES.find((c) => c.id === 'longest')!.pick(texts)).toEqual(argmax(texts.map(referenceLength)));
    expect(FORM_CUES.find((c) => c.id === 'shortest')!.pick(texts)).toEqual(argmax(texts.map((x) => -referenceLength(x))));
  });
});

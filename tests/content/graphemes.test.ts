/**
 * Shortened text never cuts a character in half: an emoji, a letter with a combining accent or a family emoji
 * at the cut stays whole or goes whole. Covers the helper and every place that shortens text with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { graphemeCount, truncate } from '../../src/content/graphemes.ts';
import { excerpt } from '../../src/content/suggest.ts';
import { shortLabel } from '../../src/features/lab/graph.view.ts';

/** No lone surrogate (String.prototype.isWellFormed, which the project's TypeScript lib does not know yet). */
const wellFormed = (s: string) => !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

const VALID = readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8');

/** Characters made of more than one UTF-16 code unit, in growing complexity. */
const WIDE = ['😀', 'e\u0301', '🇳🇱', '👩🏽‍💻', '👨‍👩‍👧‍👦'];

describe('truncate', () => {
  it.each(WIDE)('never splits %s, wherever the cut falls', (wide) => {
    for (let before = 0; before < 12; before++) {
      const text = `${'a'.repeat(before)}${wide}${'b'.repeat(12)}`;
      for (let max = 1; max < 16; max++) {
        const short = truncate(text, max);
        expect(wellFormed(short)).toBe(true);
        expect(graphemeCount(short)).toBeLessThanOrEqual(max);
        // What is kept is a whole prefix of the original characters.
        const kept = short.endsWith('…') ? short.slice(0, -1) : short;
        expect(text.startsWith(kept)).toBe(true);
        expect(kept.endsWith(wide.slice(0, -1)) && !kept.endsWith(wide) && wide.length > 1 && kept.length > before).toBe(false);
      }
    }
  });

  it('keeps short text as it is and counts characters, not code units', () => {
    expect(truncate('kort', 10)).toBe('kort');
    expect(truncate('😀😀😀', 3)).toBe('😀😀😀');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});

describe('places that shorten text', () => {
  it('excerpt (quoted values in checker messages) keeps an emoji at the cut whole', () => {
    const value = `${'a'.repeat(38)}😀 en nog veel meer tekst`;
    expect(wellFormed(value.slice(0, 39))).toBe(false); // the old cut
    expect(excerpt(value)).toBe(`${'a'.repeat(38)}😀…`);
    expect(excerpt(`${'a'.repeat(39)}👨‍👩‍👧‍👦 meer`)).toBe(`${'a'.repeat(39)}…`);
  });

  it('graph labels in the Lab keep an emoji at the cut whole', () => {
    // 22 characters fit in a 22-character label, even when they are 24 code units long.
    expect(shortLabel(`${'a'.repeat(20)}😀😀`)).toBe(`${'a'.repeat(20)}😀😀`);
    expect(shortLabel(`${'a'.repeat(20)}😀😀😀`)).toBe(`${'a'.repeat(20)}😀…`);
  });

  it.each([
    ['an invalid id', (t: string) => t.replace('id: kort-gesprek', `id: "${'a'.repeat(38)}😀-${'b'.repeat(20)}"`)],
    ['a value of the wrong type', (t: string) => t.replace('age: 52', `age: "${'vijftig'.repeat(5)}👨‍👩‍👧‍👦 jaar en wat maanden"`)],
    ['a value outside the list', (t: string) => t.replace('domain: schuldhulp', `domain: "${'x'.repeat(38)}🇳🇱 en verder"`)],
  ])('checker messages quoting %s hold only whole characters', (_name, edit) => {
    const text = edit(VALID);
    expect(text).not.toBe(VALID);
    const { issues } = checkScenarioSource({ path: 'x.yaml', text });
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(wellFormed(i.message), i.message).toBe(true);
    expect(issues.some((i) => i.message.includes('…'))).toBe(true);
  });
});

/**
 * normalText (semantics.ts, the duplicate-option check) takes a shortcut for plain ASCII texts. It must give
 * exactly what the full way (lower case, NFD, accents dropped, every run of non-letters and non-digits one
 * space, trimmed) gives: checked on every text in the shipped scenarios and fixtures, on every ASCII character
 * and on texts made of them.
 */
import { readFileSync } from 'node:fs';
import { yamlFiles } from '../helpers/scenarios.ts';
import { describe, expect, it } from 'vitest';
import { normalText, normalTextFull } from '../../src/content/semantics.ts';

const files = yamlFiles();

const fullWay = normalTextFull;

describe('normalText', () => {
  it('is the full way on every line of every shipped scenario and fixture', () => {
    let ascii = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (/^[\0-\x7f]*$/.test(line)) ascii += 1;
        expect(normalText(line)).toBe(fullWay(line));
      }
    }
    expect(ascii).toBeGreaterThan(100);
  });

  it('is the full way on every ASCII character and on texts made of them', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    for (const c of all) {
      expect(normalText(c)).toBe(fullWay(c));
      expect(normalText(`a${c}B`)).toBe(fullWay(`a${c}B`));
      expect(normalText(` ${c}9 ${c}`)).toBe(fullWay(` ${c}9 ${c}`));
    }
    let r = 7;
    for (let n = 0; n < 500; n += 1) {
      let text = '';
      for (let i = 0; i < 12; i += 1) {
        r = (r * 1103515245 + 12345) % 2147483648;
        text += all[r % 128];
      }
      expect(normalText(text)).toBe(fullWay(text));
    }
  });

  it('still folds accents and non-ASCII letters', () => {
    expect(normalText('Één café, “naïef”!')).toBe('een cafe naief');
    expect(normalText('Straße  ½ ٣')).toBe(fullWay('Straße  ½ ٣'));
  });
});

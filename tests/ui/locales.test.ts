/** Every UI text exists in Dutch and English: same namespaces, same keys, no empty strings. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledResources, NAMESPACES } from '../../src/app/i18n.ts';
import { RULE_IDS } from '../../src/engine/index.ts';

const ROOT = join(import.meta.dirname, '../../locales');

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => keysOf(v, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => leaves(v, prefix ? `${prefix}.${key}` : key));
}

const read = (lang: string, file: string) => JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8')) as unknown;
const files = (lang: string) =>
  readdirSync(join(ROOT, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('locales', () => {
  it('has the same namespace files in nl and en, and they are the ones i18n.ts loads', () => {
    expect(files('en')).toEqual(files('nl'));
    expect(files('nl').map((f) => f.replace(/\.json$/, ''))).toEqual([...NAMESPACES].sort());
    expect(Object.keys(bundledResources()).sort()).toEqual(['en', 'nl']);
  });

  for (const file of files('nl')) {
    it(`${file}: every key in one language exists in the other`, () => {
      const nl = new Set(keysOf(read('nl', file)));
      const en = new Set(keysOf(read('en', file)));
      expect(
        [...nl].filter((k) => !en.has(k)),
        `in nl/${file} but not in en/${file}`,
      ).toEqual([]);
      expect(
        [...en].filter((k) => !nl.has(k)),
        `in en/${file} but not in nl/${file}`,
      ).toEqual([]);
    });

    it(`${file}: every text is a non-empty string with the same {{placeholders}} in both languages`, () => {
      const en = new Map(leaves(read('en', file)));
      for (const [key, value] of leaves(read('nl', file))) {
        expect(typeof value === 'string' && value.trim() !== '', `nl/${file} ${key}`).toBe(true);
        const other = en.get(key);
        expect(typeof other === 'string' && other.trim() !== '', `en/${file} ${key}`).toBe(true);
        const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
        expect(placeholders(other), `placeholders of ${file} ${key}`).toEqual(placeholders(value));
      }
    });
  }

  it('debrief.json has a text for every rule the engine can fire (RULE_IDS), so none shows as "other"', () => {
    for (const lang of ['nl', 'en']) {
      const keys = new Set(keysOf(read(lang, 'debrief.json')));
      const missing = RULE_IDS.filter((id) => !keys.has(`rules.${id}`) && !(keys.has(`rules.${id}_one`) && keys.has(`rules.${id}_other`)));
      expect(missing, `rules without a text in ${lang}/debrief.json`).toEqual([]);
    }
  });
});

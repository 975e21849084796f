/**
 * A text YAML cannot read still names itself by its `id:` line in the Lab: one typing slip elsewhere in a
 * scenario must not turn the save button's file name into "scenario.yaml". (The checker itself, and so the
 * library and the duplicate-id check, still read the id only from a file that parses.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { peekIdLine } from '../../src/content/catalogue.ts';
import { labCheck, withSlip } from '../../src/features/lab/lab-check.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';
import { yamlFiles } from '../helpers/scenarios.ts';

describe('peekIdLine', () => {
  it.each([
    ['id: welkom-2\n', 'welkom-2'],
    ['title: x\nid: "gequote"\n', 'gequote'],
    ["id: 'enkel'   # een opmerking\n", 'enkel'],
    ['id: crlf\r\ntitle: x\r\n', 'crlf'],
    ['formatVersion: 1\nid: eerste\nid: tweede\n', 'eerste'],
  ])('reads the id line of %j', (text, id) => {
    expect(peekIdLine(text)).toBe(id);
  });

  it.each([
    ['no id line', 'title: x\n'],
    ['only indented ids (moments, options)', 'moments:\n  - id: welkom\n    options:\n      - id: a\n'],
    ['an empty id', 'id:\n'],
    ['capitals', 'id: Welkom\n'],
    ['an underscore', 'id: mijn_scenario\n'],
    ['two words', 'id: mijn scenario\n'],
    ['a flow value', 'id: [a, b]\n'],
  ])('finds no valid id with %s', (_what, text) => {
    expect(peekIdLine(text)).toBeUndefined();
  });
});

describe('a scenario with a typing slip', () => {
  const texts = [...yamlFiles(['scenarios'], { translations: false }).map((file) => readFileSync(file, 'utf8')), TEMPLATE_YAML];

  it('keeps the id it has when it reads (every shipped scenario and the template)', () => {
    for (const text of texts) {
      const id = labCheck(text).id;
      expect(id).toMatch(/^[a-z0-9-]+$/);
      const slipped = labCheck(withSlip(text));
      expect(slipped.scenario).toBeNull();
      expect(slipped.issues.some((issue) => issue.code === 'yaml-syntax')).toBe(true);
      expect(slipped.id).toBe(id);
    }
  });
});

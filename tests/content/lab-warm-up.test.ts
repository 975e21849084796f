/**
 * The Lab's worker checks one slipped copy of its first text while it waits (warmUpSlips), so the YAML
 * library's error path has run before the author's first typing slip. That only helps if the copy really
 * takes that path: for every shipped scenario and the Lab's template the slipped copy must be a YAML syntax
 * error on the added line, and the warm-up must never throw (nobody waits for it).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labCheck, warmUpSlips, withSlip } from '../../src/features/lab/lab-check.ts';
import { TEMPLATE_YAML } from '../../src/features/lab/template.ts';
import { yamlFiles } from '../helpers/scenarios.ts';

const TEXTS = [
  ...yamlFiles(['scenarios'], { translations: false }).map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') })),
  { name: 'the template', text: TEMPLATE_YAML },
];

describe('warming up the checker for typing slips', () => {
  for (const { name, text } of TEXTS) {
    it(`${name}: the slipped copy is a YAML error on the added line`, () => {
      const slipped = withSlip(text);
      expect(slipped.startsWith(text)).toBe(true);
      const errors = labCheck(slipped, null).issues.filter((issue) => issue.severity === 'error');
      const lastLine = slipped.split('\n').length - 1;
      expect(errors.map((issue) => [issue.code, issue.line])).toContainEqual(['yaml-syntax', lastLine]);
    });
  }

  it('adds the slip on a line of its own, also after a last line without a line break', () => {
    expect(withSlip('id: a\n')).toBe('id: a\nx\n');
    expect(withSlip('id: a')).toBe('id: a\nx\n');
    expect(withSlip('')).toBe('x\n');
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '\u0000', '{', '- - -', ':'.repeat(1000), 'a: "']) expect(() => warmUpSlips(text)).not.toThrow();
  });
});

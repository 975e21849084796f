/** Meaning checks beyond the golden fixtures: each rule, with the node it points at. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import type { ContentIssue } from '../../src/content/issues.ts';

const base = readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8');

function check(edit: (text: string) => string): ContentIssue[] {
  const text = edit(base);
  expect(text).not.toBe(base);
  return checkScenarioSource({ path: 's.yaml', text }).issues;
}

function lineOf(text: string, fragment: string): number {
  const index = text.indexOf(fragment);
  expect(index).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split('\n').length;
}

const codes = (issues: ContentIssue[]) => issues.map((i) => i.code);

describe('semantic checks', () => {
  it('a loop of several moments with no way out is one dead-end error at its first moment', () => {
    const text = base
      .replace(
        '        reply: Ja, dat is wel handig.\n        next: einde-goed',
        '        reply: Ja, dat is wel handig.\n        next: welkom',
      )
      .replace('        reply: Oké.\n        next: end', '        reply: Oké.\n        next: welkom')
      .replace(
        '        thought:\n          default: Ik snap er niks van.\n          flight: Ik wil hier weg.\n        next: end',
        '        thought:\n          default: Ik snap er niks van.\n          flight: Ik wil hier weg.\n        next: afspraak',
      )
      .replace('          closed: einde-slecht\n', '');
    const issues = checkScenarioSource({ path: 's.yaml', text }).issues;
    expect(codes(issues)).toEqual(['dead-end']);
    expect(issues[0]!.line).toBe(lineOf(text, '  - id: welkom'));
    expect(issues[0]!.message).toContain('moments "welkom" and "afspraak" form a loop with no way out');
  });

  it('a moment that leads into a loop is not reported separately; the loop is', () => {
    const issues = check((t) =>
      t
        .replace(
          '        reply: Ja, dat is wel handig.\n        next: einde-goed',
          '        reply: Ja, dat is wel handig.\n        next: afspraak',
        )
        .replace('        reply: Oké.\n        next: end', '        reply: Oké.\n        next: afspraak'),
    );
    expect(codes(issues)).toEqual(['dead-end']);
    expect(issues[0]!.message).toContain('moment "afspraak" is a dead end');
  });

  it('start must name a moment', () => {
    expect(check((t) => t.replace('start: welkom', 'start: welkm'))).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        line: lineOf(base, 'start: welkom'),
        column: 8,
        message: expect.stringContaining('did you mean "welkom"?'),
      }),
    ]);
    // The graph checks wait until the references are right: no unreachable-moment noise here.
    expect(codes(check((t) => t.replace('start: welkom', 'start: open-vraag')))).toEqual(['wrong-reference']);
  });

  it('next may not name an option or fact', () => {
    const issues = check((t) => t.replace('          default: afspraak', '          default: schuld'));
    expect(issues[0]).toMatchObject({ code: 'wrong-reference', message: expect.stringContaining('names fact "schuld"') });
  });

  it('asks must name facts and agrees agreements, with advice when they are swapped', () => {
    const issues = check((t) => t.replace('        asks: [schuld]', '        asks: [afschriften]'));
    expect(issues.find((i) => i.code === 'wrong-reference')?.message).toContain('which is an agreement, not a fact; move it to "agrees"');
    const typo = check((t) => t.replace('        asks: [schuld]', '        asks: [schuldd]'));
    expect(typo.find((i) => i.code === 'unknown-reference')).toMatchObject({
      column: 16,
      message: expect.stringContaining('did you mean "schuld"?'),
    });
  });

  it('reserved ids are refused', () => {
    const issues = check((t) => t.replace('  - id: einde-slecht', '  - id: meta'));
    expect(issues.map((i) => [i.code, i.severity])).toContainEqual(['reserved-id', 'error']);
  });

  it('only one walk-out ending; a condition on it is ignored (warning)', () => {
    const two = check((t) => t.replace('    title: Afgerond\n', '    title: Afgerond\n    walkOut: true\n'));
    expect(codes(two)).toContain('walk-out-ending');
    const when = check((t) => t.replace('    walkOut: true\n', '    walkOut: true\n    when:\n      minTrust: 10\n'));
    expect(when.map((i) => [i.code, i.severity])).toEqual([['ignored-condition', 'warning']]);
  });

  it('unused facts and agreements are warnings', () => {
    const issues = check((t) =>
      t.replace('        asks: [schuld]\n', '        reply: Vertel.\n').replaceAll('        agrees: [afschriften]\n', ''),
    );
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['unused-fact', 'warning'],
      ['unused-agreement', 'warning'],
    ]);
  });

  it('duplicate ids across kinds point at the later one', () => {
    const issues = check((t) => t.replace('      - id: opdragen', '      - id: schuld'));
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate-id', line: lineOf(base, '      - id: opdragen'), column: 13 })]);
    expect(issues[0]!.message).toContain('already used by fact "schuld" on line');
  });
});

describe('schema messages', () => {
  it('numbers out of range name both bounds', () => {
    const issues = check((t) => t.replace('      sensitivity: 55', '      sensitivity: 155'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'out-of-range',
        message: '"sensitivity" of fact "schuld" must be from 0 to 100, but it is 155; change the number',
      }),
    ]);
  });

  it('a typo in a mode key of a varying text is caught with a suggestion', () => {
    const issues = check((t) => t.replace('      guarded:\n', '      gaurded:\n'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'unknown-field',
        message: 'unknown field "gaurded" in the client text of moment "welkom"; did you mean "guarded"?',
      }),
    ]);
  });

  it('an invalid id suggests a valid one', () => {
    const issues = check((t) =>
      t.replace('  - id: afspraak', '  - id: Afspraak Maken').replace('          default: afspraak', '          default: Afspraak Maken'),
    );
    expect(issues[0]!.message).toContain('did you mean "afspraak-maken"?');
  });

  it('too many options names the range', () => {
    const option = '      - id: extra-N\n        text: Extra.\n        codes: [affirm]\n        reply: Ja.\n        next: end\n';
    const extra = [1, 2, 3, 4].map((n) => option.replace('N', String(n))).join('');
    const issues = check((t) =>
      t.replace('  - id: afspraak\n    phase: planning\n    options:\n', `  - id: afspraak\n    phase: planning\n    options:\n${extra}`),
    );
    expect(issues[0]!.message).toBe('"options" of moment "afspraak" has 6 options, but needs 2 to 5; remove options or split them up');
  });
});

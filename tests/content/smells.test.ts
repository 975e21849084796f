/** Every smell: a fixture that has it (reported at the right line) and the clean fixture that does not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import type { IssueCode } from '../../src/content/issues.ts';
import { giveawayIndices, missingReactions, unreachedEndingIssues } from '../../src/content/smells.ts';
import { parseYamlSource } from '../../src/content/yaml-source.ts';

const DIR = 'tests/content/fixtures/smells';

function check(name: string) {
  const path = `${DIR}/${name}.yaml`;
  const result = checkScenarioSource({ path, text: readFileSync(path, 'utf8') });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return result.issues;
}

/** Line of the first line in the fixture that contains `needle` (1-based). */
function lineOf(name: string, needle: string): number {
  const index = readFileSync(`${DIR}/${name}.yaml`, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** `at`: a text on a line near the smell; `offset`: how many lines below it (or above, negative) the smell sits. */
const SMELLS: { code: IssueCode; at: string; offset: number; says: RegExp }[] = [
  {
    code: 'client-first-stressor',
    at: 'features: { questions: 3, jargon: 2 }',
    offset: -1,
    says: /option "geld-normaliseren" is coded client-first \(question-open\), but it raises the client's stress in \d+ of \d+ client states \(because of: stacked-questions, jargon\)/,
  },
  {
    code: 'same-result',
    at: '- id: afsluiting',
    offset: 3,
    says: /at moment "afsluiting" every option leads to "end" and every one calms the client/,
  },
  {
    code: 'unreachable-ending',
    at: '- id: open-einde',
    offset: 0,
    says: /ending "open-einde" is never chosen: ending "goed" above it fits/,
  },
  {
    code: 'fact-never-asked',
    at: '- id: schaamte',
    offset: 0,
    says: /fact "schaamte" can never be asked: only option "los-vraag" at moment "los" asks it/,
  },
  {
    code: 'reply-missing-mode',
    at: 'fight: Dat hoeft',
    offset: -2,
    says: /the reply of option "afspraak-lijst" has texts for some reactions, but none for "flight" and "freeze"/,
  },
  {
    code: 'giveaway-length',
    at: 'twaalf jaar lang',
    offset: 0,
    says: /option "verhaal-reflectie" is much longer than the others at moment "verhaal" \(\d+ characters, the others about \d+\)/,
  },
  {
    code: 'reply-same-for-modes',
    at: 'reply: Beter dan ik dacht.',
    offset: 0,
    says: /the reply of option "afsluiting-vraag" sounds the same in "closed", "guarded" and "opening"/,
  },
  {
    code: 'trains-not-offered',
    at: 'trains: [asked-about-stress, summarised]',
    offset: 0,
    says: /"trains" names "summarised", but no option in this scenario offers that habit/,
  },
];

describe('smells', () => {
  it('the clean fixture has none of them', () => {
    const codes = new Set(check('clean').map((i) => i.code));
    for (const { code } of SMELLS) expect(codes.has(code), code).toBe(false);
  });

  it.each(SMELLS)('$code is reported as a located warning', ({ code, at, offset, says }) => {
    const found = check(code).filter((i) => i.code === code);
    expect(found).toHaveLength(1);
    const smell = found[0]!;
    expect(smell.severity).toBe('warning');
    expect(smell.message).toMatch(says);
    expect(smell.file).toBe(`${DIR}/${code}.yaml`);
    expect(smell.line).toBe(lineOf(code, at) + offset);
    expect(smell.column).toBeGreaterThan(1);
  });

  it('same-result needs about the same effect, not only the same direction', () => {
    // Both closing options calm (−3 and −6) and end the conversation, but one calms twice as much.
    const path = `${DIR}/same-result.yaml`;
    const text = readFileSync(path, 'utf8').replace(
      '        codes: [structure]\n        reply: O. Oké. Dag.',
      '        codes: [reflection-simple, structure]\n        reply: O. Oké. Dag.',
    );
    expect(text).toContain('[reflection-simple, structure]');
    const issues = checkScenarioSource({ path, text }).issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.some((i) => i.code === 'same-result')).toBe(false);
  });

  it('the analysis adds endings its search never reached, located at the ending', () => {
    const path = `${DIR}/clean.yaml`;
    const text = readFileSync(path, 'utf8');
    const scenario = checkScenarioSource({ path, text }).scenario!;
    const parsed = parseYamlSource(path, text);
    if (!parsed.ok) throw new Error('fixture does not parse');
    expect(unreachedEndingIssues(parsed.source, scenario, ['weggelopen', 'goed', 'afstand'])).toEqual([]);
    const [missed, ...rest] = unreachedEndingIssues(parsed.source, scenario, ['weggelopen', 'afstand']);
    expect(rest).toEqual([]);
    expect(missed).toMatchObject({ code: 'unreachable-ending', severity: 'warning', line: lineOf('clean', '- id: goed') });
    expect(missed!.message).toMatch(/no conversation ends in ending "goed"/);
  });
});

describe('give-away threshold', () => {
  const x = (n: number) => 'x'.repeat(n);
  it('needs both more than 1.8 times the median of the others and more than 40 characters extra', () => {
    expect(giveawayIndices([x(50), x(50), x(91)])).toEqual([2]);
    expect(giveawayIndices([x(50), x(50), x(90)])).toEqual([]); // exactly 1.8×
    expect(giveawayIndices([x(20), x(20), x(60)])).toEqual([]); // 3× but only 40 extra
    expect(giveawayIndices([x(20), x(61)])).toEqual([1]);
  });
});

describe('missing reactions', () => {
  const reachable = new Set(['flight', 'freeze'] as const);
  it('only when the text has reaction variants and none of them can occur there', () => {
    expect(missingReactions({ default: 'a', fight: 'b' }, reachable)).toEqual(['flight', 'freeze']);
    expect(missingReactions({ default: 'a', flight: 'b' }, reachable)).toEqual([]);
    expect(missingReactions({ default: 'a', guarded: 'b' }, reachable)).toEqual([]);
    expect(missingReactions('a', reachable)).toEqual([]);
    expect(missingReactions({ default: 'a', fight: 'b' }, new Set())).toEqual([]);
  });
});

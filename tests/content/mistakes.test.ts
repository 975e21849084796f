/**
 * The authoring mistakes a checker run used to accept without a word (issue 14). Each class has a fixture
 * in tests/content/fixtures/broken/ holding exactly that one mistake (the exact output is golden in
 * broken-fixtures.test.ts); here: the mistake is found with its code, on the right line, and the clean
 * fixture has none of these codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import type { IssueCode } from '../../src/content/issues.ts';
import { checkBrokenCase } from './helpers/broken-cases.ts';

const CLEAN = 'tests/content/fixtures/valid/kort-gesprek.yaml';
const cleanText = readFileSync(CLEAN, 'utf8');

function cleanCodes(): Set<IssueCode> {
  const result = checkScenarioSource({ path: CLEAN, text: cleanText });
  return new Set(result.issues.map((i) => i.code));
}

/** fixture → the code and 1-based line (and column) of the mistake in it. */
const CASES: [string, IssueCode, number, number?][] = [
  ['many-syntax-errors.yaml', 'yaml-syntax', 8, 14],
  ['invisible-indentation.yaml', 'invisible-character', 24, 1],
  ['invisible-in-id.yaml', 'invisible-character', 58, 19],
  ['comment-in-text.yaml', 'comment-in-text', 85, 39],
  ['text-swallows-line.yaml', 'text-swallows-line', 86, 11],
  ['fraction-on-scale.yaml', 'fraction-on-scale', 104, 17],
  ['fraction-whole-number.yaml', 'wrong-type', 32, 20],
  ['duplicate-option-text.yaml', 'duplicate-option-text', 88, 15],
  ['misplaced-field.yaml', 'misplaced-field', 93, 5],
  ['misplaced-field-in-option.yaml', 'misplaced-field', 93, 9],
  ['field-one-level-up.yaml', 'unknown-field', 72, 9],
  ['suggestion-would-duplicate.yaml', 'unknown-field', 72, 9],
  ['ending-via-next-misplaced.yaml', 'fallback-ending', 108, 5],
  ['max-turns-too-low.yaml', 'max-turns-too-low', 13, 11],
  ['early-end.yaml', 'early-end', 73, 15],
  ['best-path-loops.yaml', 'best-path-loops', 83, 15],
  ['fact-never-told.yaml', 'fact-never-told', 32, 20],
];

describe('mistakes the checker must catch', () => {
  it.each(CASES)('%s: %s at line %i', (name, code, line, column) => {
    const { issues } = checkBrokenCase(name);
    const found = issues.filter((i) => i.code === code);
    expect(found.map((i) => i.line)).toContain(line);
    if (column !== undefined) expect(found.find((i) => i.line === line)!.column).toBe(column);
  });

  it('the clean fixture has none of them', () => {
    const codes = cleanCodes();
    for (const [, code] of CASES) expect(codes.has(code), code).toBe(false);
  });

  it('every syntax error is reported, one per line, not only the first', () => {
    const { issues } = checkBrokenCase('many-syntax-errors.yaml');
    expect(issues.map((i) => i.line)).toEqual([8, 13, 91]);
  });

  it('names the invisible character and its code point', () => {
    const [indent] = checkBrokenCase('invisible-indentation.yaml').issues;
    expect(indent!.message).toContain('non-breaking space (U+00A0)');
    const [id] = checkBrokenCase('invisible-in-id.yaml').issues;
    expect(id!.message).toContain('zero-width space (U+200B)');
    expect(id!.message).toContain('"schuld"');
  });

  it('a byte order mark in the middle of the file, in a field name, is named', () => {
    const text = cleanText.replace('  chronicLoad: 60', '  \uFEFFchronicLoad: 60');
    const issues = checkScenarioSource({ path: 'x.yaml', text }).issues;
    expect(issues[0]).toMatchObject({ code: 'invisible-character', line: 31, column: 3, severity: 'error' });
    expect(issues[0]!.message).toContain('U+FEFF');
  });

  it('a non-breaking space inside a text is typography, not a mistake', () => {
    const text = cleanText.replace('Ria heeft 1.200 euro schuld', 'Ria heeft €\u00A01.200 schuld');
    expect(checkScenarioSource({ path: 'x.yaml', text }).issues.filter((i) => i.code === 'invisible-character')).toEqual([]);
  });

  it('a comment after an id is fine; after a quoted text too', () => {
    const text = cleanText.replace('next: einde-goed', 'next: einde-goed # het goede einde').replace('reply: Oké.', 'reply: "Oké." # kort');
    expect(checkScenarioSource({ path: 'x.yaml', text }).issues.filter((i) => i.code === 'comment-in-text')).toEqual([]);
  });

  it('a list item swallowed into a text is found', () => {
    const text = cleanText
      .replace('  - Afspraken samen opschrijven.', '    - Afspraken samen opschrijven.')
      .replace('  - Beginnen met een open vraag.', '  - Beginnen met een open vraag.');
    const issues = checkScenarioSource({ path: 'x.yaml', text }).issues.filter((i) => i.code === 'text-swallows-line');
    expect(issues.map((i) => i.line)).toEqual([15]);
  });

  it('a fraction on a whole-number scale says which number to write', () => {
    expect(checkBrokenCase('fraction-whole-number.yaml').issues[0]!.message).toContain('write 55 for 0.55');
  });

  it('a field indented one level off is named as a field of the level it belongs to', () => {
    expect(checkBrokenCase('field-one-level-up.yaml').issues[0]!.message).toContain('is a field of moment "welkom", one level up');
    // The last option's `next` two levels out: it lands in the moment.
    const last = cleanText.replace('        reply: Oké.\n        next: end', '        reply: Oké.\n    next: end');
    const unknown = checkScenarioSource({ path: 'x.yaml', text: last }).issues.find((i) => i.code === 'unknown-field')!;
    expect(unknown.message).toContain('is a field of each item under "options"');
    // An option in the middle: the parser stumbles on the next option, but the slip is on the line before.
    const middle = cleanText.replace('        next: einde-goed', '    next: einde-goed');
    expect(checkScenarioSource({ path: 'x.yaml', text: middle }).issues.map((i) => [i.line, i.column])).toEqual([[96, 5]]);
  });

  describe('"did you mean" never suggests a new mistake', () => {
    const messages = (text: string) => checkScenarioSource({ path: 'x.yaml', text }).issues.map((i) => i.message);

    it('not a field the block already has (a duplicate key)', () => {
      const message = checkBrokenCase('suggestion-would-duplicate.yaml').issues[0]!.message;
      expect(message).not.toContain('did you mean');
      expect(message).toContain('already has');
    });

    it('not an id that is already taken', () => {
      const text = cleanText.replace('  - id: afspraak\n', '  - id: Afspraak\n    phase: planning\n    options: []\n  - id: afspraak\n');
      expect(messages(text).join('\n')).not.toContain('did you mean "afspraak"');
    });

    it('not the moment the option itself is at (a loop)', () => {
      const text = cleanText.replace('next: einde-goed', 'next: afspraakk');
      expect(messages(text).join('\n')).not.toContain('did you mean "afspraak"');
    });

    it('not a fact the option already asks', () => {
      const text = cleanText.replace('persona:\n', 'persona:\n').replace('asks: [schuld]', 'asks: [schuld, schuldd]');
      expect(messages(text).join('\n')).not.toContain('did you mean "schuld"');
    });
  });

  describe('endings reached only through "next"', () => {
    it('below the fallback they are fine, and "end" keeps choosing from the ones above', () => {
      const text = cleanText
        .replace('  - id: einde-slecht', '  - id: einde-slecht')
        .replace(/$/, '')
        .concat('  - id: doorverwezen\n    title: Doorverwezen\n    text: Ria gaat naar de huisarts.\n')
        .replace('        next: end\n\nendings', '        next: doorverwezen\n\nendings');
      const issues = checkScenarioSource({ path: 'x.yaml', text }).issues;
      expect(issues).toEqual([]);
    });

    it('the advice for one above the fallback says to move it to the bottom', () => {
      const message = checkBrokenCase('ending-via-next-misplaced.yaml').issues[0]!.message;
      expect(message).toContain('move "doorverwezen" to the bottom of the endings');
    });
  });

  it('an early end that is meant says so with endsConversation, and the warning goes', () => {
    const text = readFileSync('tests/content/fixtures/broken/early-end.yaml', 'utf8').replace(
      '        reply: Hm.\n        next: end\n',
      '        reply: Hm.\n        next: end\n        endsConversation: true\n',
    );
    expect(text).toContain('endsConversation: true');
    expect(checkScenarioSource({ path: 'x.yaml', text }).issues.filter((i) => i.code === 'early-end')).toEqual([]);
  });

  it('a fact behind the trust gate is fine when some way builds enough trust first', () => {
    // Trust 60 at the start: the gate is open from the first turn.
    const text = readFileSync('tests/content/fixtures/broken/fact-never-told.yaml', 'utf8').replace('  trust: 25', '  trust: 60');
    expect(checkScenarioSource({ path: 'x.yaml', text }).issues.filter((i) => i.code === 'fact-never-told')).toEqual([]);
  });

  it('a generic "unexpected" parser message gets a plain explanation, not the parser words alone', () => {
    const text = cleanText.replace('learningGoals:', 'learningGoals: [a, b]]\nx:');
    const issue = checkScenarioSource({ path: 'x.yaml', text }).issues[0]!;
    expect(issue.message).toMatch(/closes a bracket that was never opened/);
  });
});

describe('every diagnostic code is explained', () => {
  it('in the guide (nl and en) and in the Lab (title and explanation, nl and en)', async () => {
    const { ISSUE_CODES } = await import('../../src/content/issues.ts');
    const guides = ['docs/authoring.md', 'docs/authoring.en.md'].map((p) => readFileSync(p, 'utf8'));
    const labs = ['locales/nl/lab.json', 'locales/en/lab.json'].map(
      (p) => JSON.parse(readFileSync(p, 'utf8')) as { codes: Record<string, string>; codeHelp: Record<string, string> },
    );
    for (const code of ISSUE_CODES) {
      for (const guide of guides) expect(guide, code).toContain(`<a id="${code}"></a>\`${code}\``);
      for (const lab of labs) {
        expect(lab.codes[code], code).toBeTruthy();
        expect(lab.codeHelp[code], code).toBeTruthy();
      }
    }
  });
});

/** Codes whose messages are English only so far (added on main while the Dutch messages were written). */
const ENGLISH_ONLY: ReadonlySet<IssueCode> = new Set<IssueCode>(['control-character', 'bad-placeholder', 'bad-url']);

describe('the checker speaks Dutch too', () => {
  it('every message for the broken fixtures has a Dutch version', async () => {
    const { brokenCaseNames } = await import('./helpers/broken-cases.ts');
    // sources.yaml: the checks of sources and citations came with main's sources format, in English so far.
    for (const name of brokenCaseNames().filter((n) => n !== 'sources.yaml')) {
      for (const i of checkBrokenCase(name).issues) if (!ENGLISH_ONLY.has(i.code)) expect(i.nl, `${name} ${i.code}`).toMatch(/\S/);
    }
    const { readdirSync } = await import('node:fs');
    for (const name of readdirSync('tests/content/fixtures/smells')) {
      const path = `tests/content/fixtures/smells/${name}`;
      for (const i of checkScenarioSource({ path, text: readFileSync(path, 'utf8') }).issues)
        if (!ENGLISH_ONLY.has(i.code)) expect(i.nl, `${name} ${i.code}`).toMatch(/\S/);
    }
  });

  it('a Dutch message names the place in Dutch', () => {
    const text = cleanText.replace('      sensitivity: 55', '      sensitivity: 0.55');
    const [issue] = checkScenarioSource({ path: 'x.yaml', text }).issues;
    expect(issue!.nl).toBe(
      '"sensitivity" van feit "schuld" moet een heel getal van 0 tot 100 zijn, maar het is het getal 0.55; deze schaal telt in punten, niet als breuk: schrijf 55 voor 0.55',
    );
  });
});

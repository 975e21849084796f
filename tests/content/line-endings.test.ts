/**
 * Line breaks: LF, CRLF and a lone CR (old Mac OS) all end a line. A scenario saved with any of them, or a
 * mix, checks exactly like the LF original: same scenario, same issues at the same lines and columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { formatIssue } from '../../src/content/issues.ts';

const VALID = readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8');
const BROKEN = readFileSync('tests/content/fixtures/broken/dangling-next.yaml', 'utf8');
const encoder = new TextEncoder();

const check = (text: string, asBytes = true) =>
  checkScenarioSource(asBytes ? { path: 'x.yaml', bytes: encoder.encode(text) } : { path: 'x.yaml', text });

/** Every other line break as CR, CRLF or LF in turn. */
const mixed = (text: string) => {
  let n = 0;
  return text.replace(/\n/g, () => ['\r', '\r\n', '\n'][n++ % 3]!);
};

describe('line endings', () => {
  it.each([
    ['CR only', (t: string) => t.replace(/\n/g, '\r')],
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a mix of CR, CRLF and LF', mixed],
  ])('a valid scenario with %s compiles as with LF', (_name, convert) => {
    const lf = check(VALID);
    for (const asBytes of [true, false]) {
      const other = check(convert(VALID), asBytes);
      expect(other.issues.map(formatIssue)).toEqual(lf.issues.map(formatIssue));
      expect(other.scenario).toEqual(lf.scenario);
    }
  });

  it('a broken scenario with CR only is located at the same line and column as with LF', () => {
    const lf = check(BROKEN).issues.map(formatIssue);
    expect(lf).toHaveLength(1);
    expect(check(BROKEN.replace(/\n/g, '\r')).issues.map(formatIssue)).toEqual(lf);
    expect(check(mixed(BROKEN), false).issues.map(formatIssue)).toEqual(lf);
  });

  it('a wrong byte in a CR-only file is reported on its own line', () => {
    const lines = VALID.split('\n');
    const at = lines.findIndex((l) => l.startsWith('title:'));
    const bytes = encoder.encode(VALID.replace('title: Een kort gesprek', 'title: Caf\u0000').replace(/\n/g, '\r'));
    bytes[bytes.indexOf(0)] = 0xe9;
    const [only] = checkScenarioSource({ path: 'x.yaml', bytes }).issues;
    expect(only).toMatchObject({ code: 'invalid-utf8', line: at + 1, column: 'title: Caf'.length + 1 });
  });

  it('a file with only comments, on CR-only lines, is still called empty', () => {
    const [only] = check('# een\r# twee\r').issues;
    expect(only).toMatchObject({ code: 'empty-file' });
    const [first] = check('# een\rformatVersion: 1\r').issues;
    expect(first?.code).not.toBe('empty-file');
  });
});

/**
 * Beyond single examples: every text in a complete scenario and its translation gets, in turn, each kind of
 * control character, and a value that is cut at an emoji. Every time the checker warns at that text's line,
 * and no formatted message holds a raw control character or half a character.
 */
import { readFileSync } from 'node:fs';
import { isScalar, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { formatIssue } from '../../src/content/issues.ts';

const SCENARIO = readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8');
const TRANSLATION = readFileSync('tests/content/fixtures/valid/kort-gesprek.en.yaml', 'utf8');

// eslint-disable-next-line no-control-regex -- finding raw control characters is the point of this test
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const wellFormed = (s: string) => !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

/** Every string value (not key) in the file: its offsets and its 1-based line. */
function stringValues(text: string): { start: number; end: number; line: number; value: string }[] {
  const doc = parseDocument(text);
  const found: { start: number; end: number; line: number; value: string }[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const v = pair.value;
      if (isScalar(v) && typeof v.value === 'string' && v.range)
        found.push({ start: v.range[0], end: v.range[1], line: text.slice(0, v.range[0]).split('\n').length, value: v.value });
    },
    Seq(_key, seq) {
      for (const item of seq.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.range)
          found.push({
            start: item.range[0],
            end: item.range[1],
            line: text.slice(0, item.range[0]).split('\n').length,
            value: item.value,
          });
      }
    },
  });
  return found;
}

/** The value at `at` replaced by a double-quoted YAML string. */
const replaced = (text: string, at: { start: number; end: number }, yamlString: string) =>
  `${text.slice(0, at.start)}${yamlString}${text.slice(at.end)}`;
const quote = (s: string) => JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');

const check = (scenario: string, translation = TRANSLATION) =>
  checkScenarioSource({ path: 'x.yaml', text: scenario, translation: { path: 'x.en.yaml', text: translation } });

/** One representative of each kind: C0 (ESC, BEL, BS, VT, FF, CR, NUL-adjacent SOH), DEL, C1 (NEL, CSI). */
const CONTROLS = ['\u001b', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u0001', '\u007f', '\u0085', '\u009b'];

describe('control characters in every text of a scenario and its translation', () => {
  const values = stringValues(SCENARIO);

  it('finds the texts', () => {
    expect(values.length).toBeGreaterThan(60);
  });

  // Each text gets one kind in turn (all kinds × all texts would take seconds for no extra cover).
  it.each(CONTROLS.map((c, k) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c, k] as const))(
    '%s: a warning at its texts, and only escaped output',
    (_name, control, k) => {
      for (const [i, at] of values.entries()) {
        if (i % CONTROLS.length !== k) continue;
        const value = `${at.value.slice(0, 3)}${control}[2J${at.value.slice(3)}`;
        const { issues } = check(replaced(SCENARIO, at, quote(value)));
        const warning = issues.find((x) => x.code === 'control-character');
        expect(warning, `text ${i} at line ${at.line}`).toMatchObject({ line: at.line, severity: 'warning' });
        for (const line of issues.map(formatIssue)) expect(line).not.toMatch(RAW);
      }
    },
  );

  it('in every text of the translation too', () => {
    for (const at of stringValues(TRANSLATION)) {
      const { issues } = check(SCENARIO, replaced(TRANSLATION, at, quote(`\u001b]0;x\u0007${at.value}`)));
      expect(
        issues.find((x) => x.code === 'control-character' && x.file === 'x.en.yaml'),
        `line ${at.line}`,
      ).toMatchObject({ line: at.line });
      for (const line of issues.map(formatIssue)) expect(line).not.toMatch(RAW);
    }
  });
});

describe('an emoji at the cut in every text of a scenario', () => {
  it('never leaves half a character in a message', () => {
    let quotedSomewhere = 0;
    for (const at of stringValues(SCENARIO)) {
      for (const before of [38, 39]) {
        const value = `${'a'.repeat(before)}👩🏽‍💻${' lange tekst'.repeat(3)}`;
        const { issues } = checkScenarioSource({ path: 'x.yaml', text: replaced(SCENARIO, at, quote(value)) });
        for (const x of issues) {
          expect(wellFormed(x.message), x.message).toBe(true);
          if (x.message.includes('…')) quotedSomewhere += 1;
        }
      }
    }
    // Ids, references and list values are quoted (shortened) in their messages.
    expect(quotedSomewhere).toBeGreaterThan(10);
  });
});

/**
 * The checker's fast parse (yaml-fast.ts) must give exactly what the yaml library's parseDocument gives (the
 * same data, node kinds, values, types and every range, the same lines) or step aside (null), on every
 * shipped scenario and translation, every fixture, a generated scenario and a set of awkward snippets. A file
 * the library reports any error or warning for must never take the fast way.
 */
import { readFileSync } from 'node:fs';
import { yamlFiles } from '../helpers/scenarios.ts';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, type Document, type YAMLError } from 'yaml';
import { composeFromFailure, composeTokens, fastParse, parseTokens, type FastFallback } from '../../src/content/yaml-fast.ts';
import { parseYamlSource, PARSE_OPTIONS } from '../../src/content/yaml-source.ts';
import { generateScenarioYaml } from '../../scripts/generate-scenario.ts';

const files = yamlFiles();

/** Node by node, in the same order: kind, range, and for texts the value, type, source and format. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isScalar(node)) {
    const { value, type, source, format, range } = node as typeof node & { source?: string };
    return { scalar: Number.isNaN(value) ? 'NaN' : value, type, source, format, range };
  }
  if (isPair(node)) return { key: shape(node.key), value: shape(node.value) };
  if (isMap(node) || isSeq(node)) {
    return { kind: isMap(node) ? 'map' : 'seq', flow: node.flow ?? false, range: node.range, items: node.items.map(shape) };
  }
  return { other: typeof node };
}

function compare(text: string): 'fast' | 'fallback' {
  const lineCounter = new LineCounter();
  const fast = fastParse(text, lineCounter, PARSE_OPTIONS);
  const slowLines = new LineCounter();
  const slow: Document.Parsed = parseDocument(text, { ...PARSE_OPTIONS, lineCounter: slowLines });
  if (fast.doc === null) {
    composesAsParseDocument(text, fast, lineCounter, slow, slowLines);
    return 'fallback';
  }
  expect(slow.errors).toEqual([]);
  expect(slow.warnings).toEqual([]);
  expect(fast.data).toStrictEqual(slow.toJS());
  expect(shape(fast.doc.contents)).toEqual(shape(slow.contents));
  expect(fast.doc.range).toEqual(slow.range);
  // The checker finds nodes with the library's own get and getIn (placeholders.ts, semantics.ts).
  for (const key of Object.keys(fast.data as object)) {
    expect(shape(fast.doc.get(key, true))).toEqual(shape(slow.get(key, true)));
    expect(shape(fast.doc.getIn([key, 0, 'id'], true))).toEqual(shape(slow.getIn([key, 0, 'id'], true)));
  }
  expect(lineCounter.lineStarts).toEqual(slowLines.lineStarts);
  return 'fast';
}

const errors = (list: readonly YAMLError[]) => list.map(({ name, code, message, pos, linePos }) => ({ name, code, message, pos, linePos }));

/** A file the fast way steps aside for: its tokens, composed, are parseDocument's document, errors and all. */
function composesAsParseDocument(text: string, fast: FastFallback, lines: LineCounter, slow: Document.Parsed, slowLines: LineCounter) {
  expect(fast.tokens).not.toBeNull();
  const composed = composeTokens(text, fast.tokens!, lines, PARSE_OPTIONS);
  expect(errors(composed.errors)).toEqual(errors(slow.errors));
  expect(errors(composed.warnings)).toEqual(errors(slow.warnings));
  expect(shape(composed.contents)).toEqual(shape(slow.contents));
  expect(composed.range).toEqual(slow.range);
  // Positions of later problems (duplicate keys, aliases, control characters) read the same lines.
  expect(lines.lineStarts.slice(0, slowLines.lineStarts.length)).toEqual(slowLines.lineStarts);
  // Composed from where the walk stopped: the same errors, or none at all (then the whole file is composed).
  const partial = composeFromFailure(text, fast.tokens!, fast.trail, lines, PARSE_OPTIONS);
  if (partial) expect(errors(partial.errors)).toEqual(errors(slow.errors));
}

describe('fastParse against parseDocument', () => {
  it.each(files)('%s', (file) => {
    expect(['fast', 'fallback']).toContain(compare(readFileSync(file, 'utf8')));
  });

  it('takes the fast way for every shipped scenario and translation', () => {
    const shipped = files.filter((file) => file.startsWith('scenarios/'));
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.filter((file) => compare(readFileSync(file, 'utf8')) === 'fallback')).toEqual([]);
  });

  it('a generated scenario', () => {
    expect(compare(generateScenarioYaml({ moments: 120 }))).toBe('fast');
  });

  // The benchmark's file (scripts/bench.ts): the largest scenario the checker takes, read the fast way.
  it('the generated 1,000-moment scenario', { timeout: 120_000 }, () => {
    expect(compare(generateScenarioYaml({ moments: 1000 }))).toBe('fast');
  });

  const fastCases: [string, string][] = [
    [
      'numbers, booleans, null and their look-alikes',
      'a: 1\nb: -2\nc: 0.50\nd: 1e3\ne: .inf\nf: .NaN\ng: 0x1F\nh: 0o17\ni: true\nj: False\nk: ~\nl: null\nm: nul\nn: tru\no: 1.2.3\np: +7\n',
    ],
    ['empty values, with and without comments', 'a:\nb: # nothing\nc:\n  - \n  -   # empty\n  - x\nd:\n'],
    ['quoted keys and values', '"a b": \'c\'\n\'d\': "e\\tf"\n"": x\n'],
    [
      'one-line texts resolved without the library (spaces, tabs, quotes, comments)',
      'a: "  x  "\nb: "x\ty\t"  # c\nc: ""\nd: "it\'s"\ne: a "b" c\nf: -x\ng: [" ", "a,b", c d]\nh: x  # c\ni: "{Consulent}"\n',
    ],
    ['awkward names', '__proto__: 1\nconstructor: 2\ntoString: [a]\n'],
    ['block texts', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  kept\n\n'],
    ['folded plain text', 'a: one\n  two\n  three\nb: x\n'],
    [
      'flow lists and mappings',
      'a: [x, y, z]\nb: []\nc: {}\nd: { k: 1, l: [m, n], o: { p: q } }\ne: [x, y,]\nf: { k: }\ng: [ "q", \'r\' ]  # c\n',
    ],
    ['comments everywhere', '# top\na: 1 # after\n# between\nb:\n  # inside\n  - x # item\n  # after item\n# end\n'],
    ['lists of mappings', 'moments:\n  - id: a\n    options:\n      - id: b\n        text: hallo\n      - id: c\n  - id: d\n'],
    ['Windows line ends', 'a: 1\r\nb:\r\n  - x\r\n'],
  ];
  it.each(fastCases)('takes the fast way: %s', (_name, text) => {
    expect(compare(text)).toBe('fast');
  });

  const slowCases: [string, string][] = [
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a document start', '---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab in the indentation', 'a:\n\t- x\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a text at the top', 'hello\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a multi-line flow list', 'a: [x,\n  y]\n'],
    ['an empty item', 'a: [x, , y]\n'],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a key without a value', 'a: 1\nb\n'],
    ['an unclosed quote', 'a: "x\n'],
    ['a comment without a space', 'a: [x]#c\n'],
    ['a comment without a space after a quoted text', 'a: "x"#c\n'],
    ['a plain text starting with a reserved character', 'a: @x\n'],
    ['a key written twice', 'a: 1\nb: 2\na: 3\n'],
    ['a key written twice in brackets', 'a: { b: 1, b: 2 }\n'],
    ['null and "null" (the same name to the duplicate check)', 'x:\n  null: 1\n  "null": 2\n'],
    ['a null key (its field is named "" but compared as "null")', 'x:\n  ~: 1\n  y: 2\n'],
  ];
  it.each(slowCases)('steps aside: %s', (_name, text) => {
    expect(compare(text)).toBe('fallback');
  });

  // Typing slips in large files, as the Lab checks them at every keystroke: each composed from the fast way's
  // tokens, with parseDocument's errors, messages, places and lines.
  const slips: [string, (text: string) => string][] = [
    ['a stray word on a new last line', (text) => `${text}\nx`],
    ['a quote left open', (text) => text.replace(/^(\s+text: )/m, '$1"')],
    ['a tab in an indentation', (text) => text.replace(/\n {4}(\S)/, '\n\t  $1')],
    ['a line indented one space less', (text) => text.replace(/\n {4}(\w+:)/, '\n   $1')],
    ['a second document', (text) => `${text}\n---\na: 1\n`],
  ];
  const shippedFiles = files.filter((file) => /^scenarios\/[^.]+\.yaml$/.test(file));
  it.each(shippedFiles.flatMap((file) => slips.map(([name, slip]) => [file, name, slip] as const)))('%s with %s', (file, _name, slip) => {
    const original = readFileSync(file, 'utf8');
    const text = slip(original);
    expect(text).not.toBe(original);
    expect(compare(text)).toBe('fallback');
  });
});

/**
 * Typing slips of five kinds (a character typed, a stray line, an indentation off, a lost colon, a character
 * deleted) at seeded random places in every shipped scenario: composed from where the fast walk stopped, the
 * composer gives exactly the errors it gives for the whole file (codes, messages, places).
 */
describe('composeFromFailure: the errors of the whole file', () => {
  const shipped = files.filter((file) => /^scenarios\/[^.]+\.yaml$/.test(file));
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const inserts = [
    'x',
    ':',
    ': ',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '- ',
    '#',
    '&a ',
    '*a',
    '!t ',
    '\t',
    '|',
    '>',
    ',',
    '? ',
    '%',
    '@',
    '`',
    '\n',
    '\n x',
    '\nx',
    'a: b: c',
  ];
  const slip = (text: string, next: () => number): string => {
    const lines = text.split('\n');
    const line = Math.floor(next() * lines.length);
    const body = lines[line]!;
    switch (Math.floor(next() * 5)) {
      case 0: {
        const at = Math.floor(next() * (body.length + 1));
        lines[line] = body.slice(0, at) + inserts[Math.floor(next() * inserts.length)] + body.slice(at);
        break;
      }
      case 1:
        lines.splice(line, 0, ' '.repeat(Math.floor(next() * 9)) + 'woord');
        break;
      case 2:
        lines[line] = body.replace(/^( *)/, (indent) => ' '.repeat(Math.max(0, indent.length + [-2, -1, 1, 2][Math.floor(next() * 4)]!)));
        break;
      case 3:
        lines[line] = body.replace(/:( |$)/, '$1');
        break;
      default: {
        const at = Math.floor(next() * body.length);
        lines[line] = body.slice(0, at) + body.slice(at + 1);
      }
    }
    return lines.join('\n');
  };

  it.each(shipped)('%s', (file) => {
    const original = readFileSync(file, 'utf8');
    const next = random(file.length * 7919);
    let shortened = 0;
    let broken = 0;
    for (let n = 0; n < 24; n++) {
      const text = slip(original, next);
      const lines = new LineCounter();
      const fast = fastParse(text, lines, PARSE_OPTIONS);
      if (fast.doc !== null || !fast.tokens) continue;
      const whole = composeTokens(text, fast.tokens, lines, PARSE_OPTIONS);
      if (whole.errors.length > 0) broken++;
      const partial = composeFromFailure(text, fast.tokens, fast.trail, lines, PARSE_OPTIONS);
      if (!partial) continue;
      shortened++;
      expect(errors(partial.errors), `slip ${n}`).toEqual(errors(whole.errors));
    }
    // Most slips break the file, and most of those are found without composing all of it.
    expect(broken).toBeGreaterThan(12);
    expect(shortened).toBeGreaterThan(broken / 2);
  });

  it('leaves nothing out when the walk stopped at the start, and composes the whole file when the rest has no error', () => {
    const lines = new LineCounter();
    const text = 'a: &x 1\nb: *x\n';
    const fast = fastParse(text, lines, PARSE_OPTIONS);
    expect(fast.doc).toBeNull();
    expect(composeFromFailure(text, (fast as FastFallback).tokens!, (fast as FastFallback).trail, lines, PARSE_OPTIONS)).toBeNull();
    const late = 'a: 1\nb: 2\nc: &x 3\nd: *x\n';
    const lateLines = new LineCounter();
    const lateFast = fastParse(late, lateLines, PARSE_OPTIONS) as FastFallback;
    expect(lateFast.trail[0]?.index).toBe(2);
    expect(composeFromFailure(late, lateFast.tokens!, lateFast.trail, lateLines, PARSE_OPTIONS)).toBeNull();
  });

  it('a slip at the end of a large file is composed from the last field on', () => {
    const text = `${readFileSync(shipped[0]!, 'utf8')}\nx\n`;
    const lines = new LineCounter();
    const fast = fastParse(text, lines, PARSE_OPTIONS) as FastFallback;
    const partial = composeFromFailure(text, fast.tokens!, fast.trail, lines, PARSE_OPTIONS);
    expect(partial).not.toBeNull();
    expect(partial!.errors.map((error) => error.code)).toEqual(['MISSING_CHAR']);
    // The document it composed holds only the stray word: nothing before it was composed again.
    expect((partial!.contents as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe('parseYamlSource with the fast way', () => {
  it.each(files)('%s: the same result as with parseDocument alone', (file) => {
    const text = readFileSync(file, 'utf8');
    const result = parseYamlSource(file, text);
    // A file with errors: those come from parseDocument itself, nothing fast about them.
    expect(result.issues.length > 0 || result.ok).toBe(true);
    if (!result.ok) return;
    const slow = parseDocument(result.source.text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() });
    expect(result.source.data).toStrictEqual(slow.toJS());
    expect(shape(result.source.doc.contents)).toEqual(shape(slow.contents));
  });
});

describe("parseTokens against the library's Parser", () => {
  /** Token for token the same concrete syntax tree, errors included, and the same line starts. */
  function sameTokens(text: string): void {
    const quiet = new LineCounter();
    const library = new LineCounter();
    expect([...parseTokens(text, quiet.addNewLine)]).toEqual([...new Parser(library.addNewLine).parse(text)]);
    expect(quiet.lineStarts).toEqual(library.lineStarts);
  }
  it.each(files)('%s', (file) => {
    sameTokens(readFileSync(file, 'utf8'));
  });
  it('a generated scenario', () => {
    sameTokens(generateScenarioYaml({ moments: 120 }));
  });
  it('the generated 1,000-moment scenario', { timeout: 120_000 }, () => {
    sameTokens(generateScenarioYaml({ moments: 1000 }));
  });
  it('texts the parser cannot read', () => {
    for (const text of ['a: "x\n', 'a: [x, , y]\n', '? a\n: b\n', '---\na: 1\n...\n%YAML 1.2\n---\n- &x 1\n- *x\n', '\u0001\tx: {\n', '']) {
      sameTokens(text);
    }
  });
  // The copy in yaml-cst.ts is the library's code without generators: every kind of token and state it has.
  it('every kind of YAML', () => {
    const texts = [
      '\uFEFFa: 1\r\nb: [x, "y", \'z\']\r\n',
      '%YAML 1.2\n%TAG !e! tag:example.com,2000:\n--- !e!root\n? [a, b]\n: { c: d, e: [f] }\n... # end\n--- |\n  text\n',
      'a: |2-\n    indented\n   less\nb: >+\n  folded\n\n  more\n\n\nc: |\n\n  after a blank\n# c\n',
      "a: \"one\n  two \\\n  three\"\nb: 'it''s\n\n  here'\nc: plain\n  continued # comment\n  - not a list\n",
      'a: &anchor\n  b: !!str 1\n  c: *anchor\nd: !local [1, 2]\n- e\n',
      '[a, {b: c}, [d, e], ? f : g, "h": i, j: ]\n',
      '{ a: [1,\n  2], b:\n c }\n',
      '- - - deep\n    - x\n  - y\n- ? k\n  : v\n-\n- # c\n  z\n',
      'a:\tb\nc:\n\t- d\n  e: f\n g: h\n',
      'key: value: other\n"unterminated\n',
      '`reserved\n@at: 1\n%x: y\n',
      '[unclosed\n{also: unclosed\n',
      '...\n---\n---\n',
      'a: b #c\n#d\n  #e\n    #f\nb: c\n',
      '- a: 1\n  b: 2\n -c\n',
      'x: ]\ny: }\nz: ,\n',
    ];
    for (const text of texts) sameTokens(text);
  });
});

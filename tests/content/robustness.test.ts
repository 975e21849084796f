/**
 * Whatever a trainer (or a cat on the keyboard) produces, the checker answers with located issues and never
 * throws. Deterministic: the "random" inputs come from a fixed-seed generator.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../src/content/check.ts';
import { firstInvalidUtf8, parseYamlSource } from '../../src/content/yaml-source.ts';
import { MAX_ITEMS } from '../../src/content/prescan.ts';

const valid = readFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', 'utf8');
const validBytes = new TextEncoder().encode(valid);
const lineCount = valid.split('\n').length;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function expectSane(path: string, input: { text: string } | { bytes: Uint8Array }, maxLine = Infinity): void {
  const result = checkScenarioSource({ path, ...input } as Parameters<typeof checkScenarioSource>[0]);
  for (const i of result.issues) {
    expect(i.file).toBe(path);
    expect(i.line).toBeGreaterThanOrEqual(1);
    expect(i.line).toBeLessThanOrEqual(maxLine);
    expect(i.column).toBeGreaterThanOrEqual(1);
    expect(i.code).not.toBe('internal');
  }
  if (result.scenario === null) expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
}

// Hundreds of checks per test: a generous timeout for busy CI machines (the checker's speed is measured by
// `npm run bench`, not here).
describe('robustness', { timeout: 30_000 }, () => {
  it('every truncation of a valid scenario gives located issues, never a crash', () => {
    for (let end = 0; end < valid.length; end += 23) expectSane('cut.yaml', { text: valid.slice(0, end) }, lineCount);
  });

  it('random byte damage gives located issues, never a crash', () => {
    const random = seeded(42);
    for (let round = 0; round < 150; round++) {
      const bytes = validBytes.slice();
      for (let n = 0; n < 1 + Math.floor(random() * 4); n++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      expectSane('damaged.yaml', { bytes });
    }
  });

  it('random YAML punctuation gives located issues, never a crash', () => {
    const random = seeded(7);
    const alphabet = [
      '-',
      ' ',
      '  ',
      ':',
      ': ',
      '\n',
      '\t',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '&a ',
      '*a',
      '!',
      '|',
      '>',
      '#',
      '?',
      'id',
      'moments',
      'x',
      '1',
      '---',
      '%YAML 1.2',
    ];
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let n = 0; n < 60; n++) text += alphabet[Math.floor(random() * alphabet.length)];
      expectSane('noise.yaml', { text });
    }
  });

  it('a BOM, CRLF line ends and a trailing document end are fine', () => {
    const result = checkScenarioSource({ path: 'x.yaml', text: `\uFEFF${valid.replaceAll('\n', '\r\n')}...\r\n` });
    expect(result.issues).toEqual([]);
    expect(result.scenario?.id).toBe('kort-gesprek');
  });

  it('a UTF-16 file gets advice to save as UTF-8', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);
    expect(checkScenarioSource({ path: 'x.yaml', bytes: utf16 }).issues).toEqual([
      expect.objectContaining({ code: 'invalid-utf8', line: 1, column: 1, message: expect.stringContaining('UTF-16') }),
    ]);
  });

  it('a file of exactly the size limit is parsed; one byte more is refused before parsing', () => {
    const limit = 2 * 1024 * 1024;
    // Comment lines of 400 characters: within the line-length and line-count limits too.
    const padded = (size: number) => {
      const line = `# ${'x'.repeat(397)}\n`;
      const body = line.repeat(Math.floor(size / line.length));
      return new TextEncoder().encode(body + '#'.repeat(size - body.length - 1) + '\n');
    };
    expect(padded(limit).byteLength).toBe(limit);
    expect(checkScenarioSource({ path: 'x.yaml', bytes: padded(limit) }).issues[0]!.code).toBe('empty-file');
    expect(checkScenarioSource({ path: 'x.yaml', bytes: padded(limit + 1) }).issues[0]).toMatchObject({
      code: 'file-too-large',
      line: 1,
      column: 1,
    });
  });

  it('absurd numbers of lines or list items, or absurdly long lines, are refused before parsing, where they start', () => {
    const lines = checkScenarioSource({ path: 'x.yaml', text: 'moments:\n' + '- x\n'.repeat(MAX_ITEMS * 2) });
    expect(lines.issues).toEqual([expect.objectContaining({ code: 'file-too-large', line: MAX_ITEMS + 1, column: 1 })]);
    const flow = checkScenarioSource({
      path: 'x.yaml',
      text: 'codes:\n' + '  [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t]\n'.repeat(MAX_ITEMS / 10),
    });
    expect(flow.issues[0]).toMatchObject({ code: 'file-too-large' });
    const long = checkScenarioSource({ path: 'x.yaml', text: `id: x\nsummary: ${'bla '.repeat(30_000)}\n` });
    expect(long.issues).toEqual([expect.objectContaining({ code: 'file-too-large', line: 2, column: 1 })]);
  });

  it('duplicate keys are all reported, at the second occurrence', () => {
    const result = parseYamlSource('x.yaml', 'id: a\ntitle: b\nid: c\npersona:\n  name: x\n  name: y\n');
    expect(result.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['duplicate-key', 3, 1],
      ['duplicate-key', 6, 3],
    ]);
  });

  it('deep nesting in block style is refused at the line where it gets too deep', () => {
    let text = '';
    for (let i = 0; i < 100; i++) text += `${' '.repeat(i)}a:\n`;
    expect(parseYamlSource('x.yaml', text)).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'too-deep', line: 65, column: 65 })],
    });
  });

  it('aliases: a few are fine, an alias to a missing anchor or to itself is refused', () => {
    const ok = parseYamlSource('x.yaml', 'a: &groet Goedemiddag\nb: *groet\nc: *groet\n');
    expect(ok.ok && ok.source.data).toEqual({ a: 'Goedemiddag', b: 'Goedemiddag', c: 'Goedemiddag' });
    expect(parseYamlSource('x.yaml', 'a: *groet\n').issues[0]).toMatchObject({ code: 'bad-alias', line: 1, column: 4 });
    expect(parseYamlSource('x.yaml', 'a: &x [1, *x]\n').issues[0]).toMatchObject({ code: 'bad-alias', line: 1, column: 11 });
  });

  it('finds the first invalid UTF-8 byte, including overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('héllo €'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0);
  });
});

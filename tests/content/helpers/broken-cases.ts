/**
 * The broken-fixture cases: committed files in tests/content/fixtures/broken/, plus hostile inputs that are
 * awkward to commit (binary, invalid UTF-8, 10 MB, 10 000 levels), generated here. Each case has a
 * `<name>.expected.txt` with the exact formatted output of the check command.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkScenarioSource, type CheckResult } from '../../../src/content/check.ts';
import { formatIssue } from '../../../src/content/issues.ts';

export const BROKEN_DIR = 'tests/content/fixtures/broken';
const BASE = 'tests/content/fixtures/valid/kort-gesprek.yaml';

const encoder = new TextEncoder();

/** Generated inputs, keyed by file name. */
export const GENERATED: Record<string, () => Uint8Array> = {
  // An image header: what a trainer gets after renaming a screenshot to .yaml.
  'binary-garbage.yaml': () =>
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8, 0x00]),
  // "Café" saved as Windows-1252 on line 6.
  'invalid-utf8.yaml': () => {
    const text = readFileSync(BASE, 'utf8').replace('title: Een kort gesprek', 'title: Caf\u0000 op de hoek');
    const bytes = encoder.encode(text);
    bytes[bytes.indexOf(0)] = 0xe9;
    return bytes;
  },
  'too-large.yaml': () => encoder.encode('summary: "' + 'bla '.repeat(2_500_000) + '"\n'),
  'deep-nesting.yaml': () => encoder.encode('moments: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n'),
};

export function brokenCaseNames(): string[] {
  const committed = readdirSync(BROKEN_DIR).filter((f) => f.endsWith('.yaml') && !f.endsWith('.en.yaml'));
  return [...new Set([...committed, ...Object.keys(GENERATED)])].sort();
}

export function checkBrokenCase(name: string): CheckResult {
  const path = `${BROKEN_DIR}/${name}`;
  const generate = GENERATED[name];
  const bytes = generate ? generate() : new Uint8Array(readFileSync(path));
  const enPath = path.replace(/\.yaml$/, '.en.yaml');
  const translation = existsSync(enPath) ? { path: enPath, bytes: new Uint8Array(readFileSync(enPath)) } : undefined;
  return checkScenarioSource({ path, bytes, translation });
}

export function formatted(result: CheckResult): string {
  return result.issues.map(formatIssue).join('\n') + '\n';
}

export function expectedPath(name: string): string {
  return resolve(BROKEN_DIR, name.replace(/\.yaml$/, '.expected.txt'));
}

/** `npm run scenarios:translate -- file`: writes the English table beside the scenario. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/.bin/tsx');
let dir: string;

function run(...args: string[]): { code: number | null; out: string } {
  const result = spawnSync(TSX, [resolve('scripts/scenarios-translate.ts'), ...args], { encoding: 'utf8', timeout: 30_000, cwd: dir });
  return { code: result.status, out: result.stdout + result.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ruimte-translate-'));
  copyFileSync('tests/content/fixtures/valid/kort-gesprek.yaml', join(dir, 'kort-gesprek.yaml'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run scenarios:translate', { timeout: 30_000 }, () => {
  it('creates the table, then keeps it, reporting removed lines with their text', () => {
    expect(run('kort-gesprek.yaml')).toEqual({ code: 0, out: 'kort-gesprek.en.yaml: 37 lines, 0 translated, 37 to translate, 0 stale\n' });
    const table = readFileSync(join(dir, 'kort-gesprek.en.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'kort-gesprek.en.yaml'),
      table.replace('  meta.title:\n', '  meta.title: "A short talk"\n  oud.text: "Old line"\n'),
    );
    const { code, out } = run('--', 'kort-gesprek.en.yaml');
    expect(code).toBe(0);
    expect(out).toBe(
      'kort-gesprek.en.yaml: warning: removed "oud.text", which no text in the scenario has any more (it read: "Old line")\nkort-gesprek.en.yaml: 37 lines, 1 translated, 36 to translate, 0 stale\n',
    );
    expect(readFileSync(join(dir, 'kort-gesprek.en.yaml'), 'utf8')).toContain('  meta.title: "A short talk"\n');
  });

  it('refuses a scenario with errors, and writes nothing', () => {
    writeFileSync(join(dir, 'kapot.yaml'), 'formatVersion: 1\n');
    const { code, out } = run('kapot.yaml');
    expect(code).toBe(1);
    expect(out).toMatch(/kapot\.yaml has errors; fix them first/);
  });
});

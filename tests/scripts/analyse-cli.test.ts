/** `npm run scenarios:analyse`, run as authors and CI run it. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/engine/index.ts';

const TSX = resolve('node_modules/.bin/tsx');
const hasLoader = existsSync('scripts/lib/scenario-files.ts');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, ['scripts/scenarios-analyse.ts', ...args], { cwd: resolve('.'), encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!hasLoader)('npm run scenarios:analyse', () => {
  it('--json prints exactly one JSON array with the fields CI reads', { timeout: 120_000 }, () => {
    const { code, stdout, stderr } = run('--json', 'voorbeeld-bijstand');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const reports: unknown = JSON.parse(stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports).toHaveLength(1);
    const [report] = reports as Record<string, unknown>[];
    expect(report).toMatchObject({ id: 'voorbeeld-bijstand', moments: 16, unreachable: [] });
    expect(DOMAINS).toContain(report!.domain);
    for (const key of ['options', 'endings']) expect(typeof report![key]).toBe('number');
    for (const key of ['best', 'worst']) {
      const outcome = report![key] as Record<string, unknown>;
      expect(typeof outcome.mode).toBe('string');
      expect(outcome.recall).toBeGreaterThanOrEqual(0);
      expect(outcome.recall).toBeLessThanOrEqual(1);
      expect(Array.isArray(outcome.disclosed)).toBe(true);
      expect((outcome.choices as unknown[]).length).toBeGreaterThan(0);
    }
    const coverage = report!.coverage as { nl: number; en: number };
    expect(coverage.nl).toBe(1);
    expect(coverage.en).toBeGreaterThanOrEqual(0);
    expect(coverage.en).toBeLessThanOrEqual(1);
  });

  it('an unknown id: a clear error line and exit 1', { timeout: 60_000 }, () => {
    const { code, stdout, stderr } = run('--json', 'bestaat-niet');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('no scenario with id "bestaat-niet"');
    expect(stderr).not.toContain('Scenario Lab');
  });

  it('a file path instead of an id: the error says where a file kept elsewhere can be analysed', { timeout: 60_000 }, () => {
    const { code, stderr } = run('elders/mijn-scenario.yaml');
    expect(code).toBe(1);
    expect(stderr).toContain('open it in the Scenario Lab (#/lab, tab Analyse)');
  });

  it('the readable report names the best and worst path and the states explored', { timeout: 120_000 }, () => {
    const { code, stdout } = run('warming-up-welkom');
    expect(code).toBe(0);
    expect(stdout).toMatch(/best: +\w/);
    expect(stdout).toMatch(/worst: +\w/);
    expect(stdout).toMatch(/states explored in \d+\.\d\d s/);
  });
});

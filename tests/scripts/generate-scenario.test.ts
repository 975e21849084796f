/** The benchmark scenario generator: deterministic, and valid for the checker. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenarioYaml } from '../../scripts/generate-scenario.ts';

const hasChecker = existsSync('src/content/check.ts');

describe('generate-scenario', () => {
  const text = generateScenarioYaml({ moments: 200 });

  it('gives the same text for the same arguments, and another for another seed', () => {
    expect(generateScenarioYaml({ moments: 200 })).toBe(text);
    expect(generateScenarioYaml({ moments: 200, seed: 2 })).not.toBe(text);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });

  it.skipIf(!hasChecker)('passes the checker without problems, with the asked number of moments', async () => {
    const { checkScenarioSource } = await import('../../src/content/check.ts');
    const { scenario, issues } = checkScenarioSource({ path: 'gegenereerd-200.yaml', text });
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([]);
    expect(scenario!.moments).toHaveLength(200);
    for (const m of scenario!.moments) expect(m.options.length).toBeGreaterThanOrEqual(3);
    expect(scenario!.endings.filter((e) => e.walkOut)).toHaveLength(1);
    expect(scenario!.endings[scenario!.endings.length - 1]!.when).toBeNull();
    // some options branch on the client's mode
    expect(scenario!.moments.some((m) => m.options.some((o) => Object.keys(o.next).length > 1))).toBe(true);
  });
});

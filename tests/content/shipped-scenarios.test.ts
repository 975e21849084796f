/** Every scenario in scenarios/ must check without errors and point editors at the JSON Schema. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listScenarioFiles, loadScenarioFile } from '../../scripts/lib/scenario-files.ts';
import { formatIssue } from '../../src/content/issues.ts';
import { translationPathFor } from '../../src/content/translation.ts';

const files = listScenarioFiles('scenarios');

describe('shipped scenarios', () => {
  // An empty or missing folder would leave the tests below with no case at all, passing by saying nothing.
  it('the folder holds scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  // Shipped content is the example trainers copy: no errors and no warnings (smells included). The check
  // plays part of each scenario to find smells, which takes seconds on a loaded CI machine.
  it.each(files)('%s has no errors and no warnings', { timeout: 30_000 }, (path) => {
    const { scenario, issues } = loadScenarioFile(path);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(scenario).not.toBeNull();
  });

  it.each(files)('%s starts with the yaml-language-server schema comment', (path) => {
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    const en = translationPathFor(path);
    if (existsSync(en)) expect(readFileSync(en, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./translation.schema.json');
  });
});

/**
 * The analysis search (src/content/analyse-search.ts) is tuned for speed: numeric keys, shared turns, few
 * copies. Its meaning must not move. This compares it with the straightforward search it replaced
 * (helpers/analyse-search-reference.ts) on every shipped scenario and on every fixture that compiles: the same
 * states expanded in the same order, the same moments visited, dead ends and endings reached, and the same
 * best and worst paths, at the coarsest bands (the quick analysis) and, under a small state limit, at the finest;
 * with numeric keys and with the text keys that scenarios too large for numbers get.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/engine/index.ts';
import { deterministic, RESOLUTIONS } from '../../src/content/analyse.ts';
import { Explorer, type Bands } from '../../src/content/analyse-search.ts';
import { loadScenarioFile } from '../../scripts/lib/scenario-files.ts';
import { ReferenceExplorer } from './helpers/analyse-search-reference.ts';
import { loadShipped } from '../helpers/scenarios.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

function fixtures(): CompiledScenario[] {
  const out: CompiledScenario[] = [];
  for (const dir of readdirSync(FIXTURES)) {
    for (const file of readdirSync(join(FIXTURES, dir))) {
      if (!file.endsWith('.yaml') || file.endsWith('.en.yaml')) continue;
      const { scenario } = loadScenarioFile(join(FIXTURES, dir, file));
      if (scenario) out.push(scenario);
    }
  }
  return out;
}

type Search = Explorer | ReferenceExplorer;

/** Everything a search reports, or the error it stops with. */
function runOf(make: () => Search): unknown {
  try {
    const explorer = make();
    const root = explorer.start();
    explorer.explore(root);
    return {
      best: explorer.descend(root, 'best'),
      worst: explorer.descend(root, 'worst'),
      expanded: explorer.expanded,
      truncated: explorer.truncated,
      visited: [...explorer.visited],
      deadEnds: [...explorer.deadEnds],
      endingsReached: [...explorer.endingsReached],
    };
  } catch (error) {
    return { error: String(error) };
  }
}

const runs: { name: string; bands: Bands; limit: number; keys: 'auto' | 'text' }[] = [
  { name: 'coarsest bands (quick)', bands: RESOLUTIONS[0]!, limit: 200_000, keys: 'auto' },
  { name: 'finest bands, limit 3,000', bands: RESOLUTIONS[RESOLUTIONS.length - 1]!, limit: 3_000, keys: 'auto' },
  // The keys scenarios too large for numeric keys get.
  { name: 'coarsest bands, text keys', bands: RESOLUTIONS[0]!, limit: 200_000, keys: 'text' },
];

describe('the fast analysis search gives exactly the results of the straightforward one', () => {
  const scenarios = [...loadShipped(), ...fixtures()].map((s) => ({ id: s.id, scenario: deterministic(s) }));
  for (const { name, bands, limit, keys } of runs) {
    it.each(scenarios.map((s) => [s.id, s.scenario] as const))(`%s, ${name}`, { timeout: 120_000 }, (_id, scenario) => {
      const fast = runOf(() => new Explorer(scenario, bands, limit, keys));
      const reference = runOf(() => new ReferenceExplorer(scenario, bands, limit));
      expect(fast).toEqual(reference);
    });
  }
});

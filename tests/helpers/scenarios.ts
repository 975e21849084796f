/** Load compiled scenarios for engine tests through the real content pipeline (YAML → check → compile). */
import { resolve } from 'node:path';
import type { CompiledScenario } from '../../src/engine/index.ts';
import { loadAllScenarios, loadScenarioFile } from '../../scripts/lib/scenario-files.ts';

export const SCENARIO_DIR = resolve(import.meta.dirname, '../../scenarios');

export function loadExample(): CompiledScenario {
  return mustCompile(resolve(SCENARIO_DIR, 'voorbeeld-bijstand.yaml'));
}

export function mustCompile(path: string): CompiledScenario {
  const { scenario, issues } = loadScenarioFile(path);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!scenario || errors.length > 0) {
    throw new Error(`${path} does not compile:\n${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`);
  }
  return scenario;
}

/** Every shipped scenario, compiled. */
export function loadShipped(): CompiledScenario[] {
  return loadAllScenarios(SCENARIO_DIR).map((entry) => mustCompile(entry.path));
}

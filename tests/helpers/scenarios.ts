/** Load compiled scenarios for engine tests through the real content pipeline (YAML → check → compile). */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** The fixture folders whose files a fast path must read exactly as the straightforward one does. */
export const FIXTURE_DIRS = ['tests/content/fixtures/valid', 'tests/content/fixtures/broken', 'tests/content/fixtures/smells'] as const;

/**
 * Every `.yaml` file in the shipped scenarios and the given fixture folders (paths relative to the project root,
 * as the tests run there); `translations: false` leaves out `<id>.<lang>.yaml` files.
 */
export function yamlFiles(dirs: readonly string[] = ['scenarios', ...FIXTURE_DIRS], { translations = true } = {}): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml') && (translations || !/\.[a-z]{2}\.yaml$/.test(name)))
      .map((name) => join(dir, name)),
  );
}

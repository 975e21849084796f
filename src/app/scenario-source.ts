/**
 * The one place the player touches the build-time scenario module. Everything else codes against
 * `ScenarioSource`, so tests (and later the Scenario Lab) can hand the app another source.
 */
import { catalogue, loadScenario } from 'virtual:ruimte-scenarios';
import type { CatalogueEntry } from '../content/catalogue.ts';
import type { CompiledScenario } from '../engine/index.ts';

export type { CatalogueEntry };

export interface ScenarioSource {
  /** Every scenario file, broken ones included (`ok: false` with their issues). */
  readonly catalogue: readonly CatalogueEntry[];
  /** The compiled scenario; rejects for an unknown id or a scenario that does not compile. */
  loadScenario(id: string): Promise<CompiledScenario>;
}

/** The scenarios compiled from `scenarios/*.yaml` at build time; each loads as its own chunk. */
export const builtInScenarios: ScenarioSource = { catalogue, loadScenario };

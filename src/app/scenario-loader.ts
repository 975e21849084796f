/**
 * Loading compiled scenarios once: the briefing and the conversation share the same promise, a scenario that
 * has loaded is available synchronously (no loading flash between screens), and a failed load is forgotten
 * so "try again" really tries again.
 */
import type { CompiledScenario } from '../engine/index.ts';
import type { ScenarioSource } from './scenario-source.ts';

export interface ScenarioLoader {
  readonly source: ScenarioSource;
  load(id: string): Promise<CompiledScenario>;
  /** The scenario if it has already loaded. */
  peek(id: string): CompiledScenario | undefined;
}

export function createScenarioLoader(source: ScenarioSource): ScenarioLoader {
  const pending = new Map<string, Promise<CompiledScenario>>();
  const loaded = new Map<string, CompiledScenario>();
  return {
    source,
    peek: (id) => loaded.get(id),
    load(id) {
      const known = pending.get(id);
      if (known) return known;
      const promise = Promise.resolve()
        .then(() => source.loadScenario(id))
        .then(
          (scenario) => {
            loaded.set(id, scenario);
            return scenario;
          },
          (error: unknown) => {
            pending.delete(id);
            throw error;
          },
        );
      pending.set(id, promise);
      return promise;
    },
  };
}

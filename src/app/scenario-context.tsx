/** The scenario source and loader, provided to the screens by `App`. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CompiledScenario } from '../engine/index.ts';
import type { CatalogueEntry } from './scenario-source.ts';
import type { ScenarioLoader } from './scenario-loader.ts';

const LoaderContext = createContext<ScenarioLoader | null>(null);

export function ScenarioLoaderProvider({ loader, children }: { loader: ScenarioLoader; children: ReactNode }) {
  return <LoaderContext value={loader}>{children}</LoaderContext>;
}

export function useScenarioLoader(): ScenarioLoader {
  const loader = useContext(LoaderContext);
  if (!loader) throw new Error('useScenarioLoader must be used inside <ScenarioLoaderProvider>.');
  return loader;
}

/** The catalogue, or null outside the app (a screen rendered on its own, as in component tests). */
export function useOptionalCatalogue(): readonly CatalogueEntry[] | null {
  return useContext(LoaderContext)?.source.catalogue ?? null;
}

export function useCatalogue(): readonly CatalogueEntry[] {
  return useScenarioLoader().source.catalogue;
}

export type ScenarioLoad =
  { status: 'loading' } | { status: 'ready'; scenario: CompiledScenario } | { status: 'error'; error: unknown; retry: () => void };

interface Settled {
  id: string;
  attempt: number;
  outcome: { ok: true; scenario: CompiledScenario } | { ok: false; error: unknown };
}

/** Load a scenario by id, with a loading state, an error state and a retry. */
export function useScenario(id: string): ScenarioLoad {
  const loader = useScenarioLoader();
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const cached = loader.peek(id);

  useEffect(() => {
    if (cached) return;
    let live = true;
    loader.load(id).then(
      (scenario) => live && setSettled({ id, attempt, outcome: { ok: true, scenario } }),
      (error: unknown) => live && setSettled({ id, attempt, outcome: { ok: false, error } }),
    );
    return () => {
      live = false;
    };
  }, [loader, id, attempt, cached]);

  if (cached) return { status: 'ready', scenario: cached };
  if (!settled || settled.id !== id || settled.attempt !== attempt) return { status: 'loading' };
  if (settled.outcome.ok) return { status: 'ready', scenario: settled.outcome.scenario };
  return { status: 'error', error: settled.outcome.error, retry: () => setAttempt((n) => n + 1) };
}

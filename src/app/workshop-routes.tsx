/**
 * The workshop routes (`#/workshop…`): find and load the scenario, then hand it to the workshop screens.
 * All workshop screens (and their texts) load on demand: a trainee never downloads them.
 */
import { Suspense, type ReactNode } from 'react';
import type { CompiledScenario } from '../engine/index.ts';
import { LazyPresenterScreen, LazyWorkshopLibrary, LazyWorkshopScreen, LazyWorkshopStart } from '../features/workshop/lazy.ts';
import { LoadFailed, LoadingNotice, ScenarioNotFound, ScenarioUnavailable } from '../features/shared/load-states.tsx';
import { hashFor, type Route } from './route.ts';
import { useCatalogue, useScenario } from './scenario-context.tsx';

const WORKSHOPS = hashFor({ screen: 'workshop-library' });

function Loaded({ id, render }: { id: string; render: (scenario: CompiledScenario) => ReactNode }) {
  const load = useScenario(id);
  switch (load.status) {
    case 'loading':
      return <LoadingNotice />;
    case 'error':
      return <LoadFailed error={load.error} retry={load.retry} libraryHref={WORKSHOPS} />;
    case 'ready':
      return <Suspense fallback={<LoadingNotice />}>{render(load.scenario)}</Suspense>;
  }
}

function WithScenario({ id, children }: { id: string; children: (scenario: CompiledScenario) => ReactNode }) {
  const entries = useCatalogue().filter((e) => e.id === id);
  if (entries.length === 0) return <ScenarioNotFound libraryHref={WORKSHOPS} />;
  if (!entries.some((e) => e.ok)) return <ScenarioUnavailable libraryHref={WORKSHOPS} />;
  return <Loaded id={id} render={children} />;
}

export function WorkshopLibraryRoute({ libraryHref }: { libraryHref: string }) {
  return (
    <Suspense fallback={<LoadingNotice />}>
      <LazyWorkshopLibrary
        catalogue={useCatalogue()}
        hrefFor={(id) => hashFor({ screen: 'workshop-start', id })}
        libraryHref={libraryHref}
      />
    </Suspense>
  );
}

export function WorkshopStartRoute({ id, navigate }: { id: string; navigate: (route: Route) => void }) {
  return (
    <WithScenario id={id}>
      {(scenario) => (
        <LazyWorkshopStart scenario={scenario} backHref={WORKSHOPS} onOpen={(code) => navigate({ screen: 'workshop', id, code })} />
      )}
    </WithScenario>
  );
}

export function WorkshopRoute({ id, code }: { id: string; code: string }) {
  return (
    <WithScenario id={id}>
      {(scenario) => (
        <LazyWorkshopScreen
          scenario={scenario}
          code={code}
          presenterHref={hashFor({ screen: 'workshop-presenter', id, code })}
          libraryHref={WORKSHOPS}
        />
      )}
    </WithScenario>
  );
}

export function PresenterRoute({ id, code }: { id: string; code: string }) {
  return <WithScenario id={id}>{(scenario) => <LazyPresenterScreen scenario={scenario} code={code} />}</WithScenario>;
}

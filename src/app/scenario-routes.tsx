/** The briefing and play routes: find the scenario in the catalogue, load it, then hand it to the screen. */
import type { ReactNode } from 'react';
import type { CompiledScenario } from '../features/shared/engine.ts';
import { BriefingScreen } from '../features/briefing/briefing-screen.tsx';
import { LoadFailed, LoadingNotice, ScenarioNotFound, ScenarioUnavailable } from './load-states.tsx';
import { PlaySession } from './play-session.tsx';
import { useCatalogue, useScenario } from './scenario-context.tsx';

function WithScenario({ id, libraryHref, children }: { id: string; libraryHref: string; children: (scenario: CompiledScenario) => ReactNode }) {
  const catalogue = useCatalogue();
  const entries = catalogue.filter((e) => e.id === id);
  if (entries.length === 0) return <ScenarioNotFound libraryHref={libraryHref} />;
  if (!entries.some((e) => e.ok)) return <ScenarioUnavailable libraryHref={libraryHref} />;
  return <Loaded id={id} libraryHref={libraryHref} render={children} />;
}

function Loaded({ id, libraryHref, render }: { id: string; libraryHref: string; render: (scenario: CompiledScenario) => ReactNode }) {
  const load = useScenario(id);
  switch (load.status) {
    case 'loading':
      return <LoadingNotice />;
    case 'error':
      return <LoadFailed error={load.error} retry={load.retry} libraryHref={libraryHref} />;
    case 'ready':
      return render(load.scenario);
  }
}

export function BriefingRoute({ id, libraryHref, onStart }: { id: string; libraryHref: string; onStart: () => void }) {
  return (
    <WithScenario id={id} libraryHref={libraryHref}>
      {(scenario) => <BriefingScreen scenario={scenario} libraryHref={libraryHref} onStart={onStart} />}
    </WithScenario>
  );
}

export function PlayRoute({ id, libraryHref }: { id: string; libraryHref: string }) {
  return (
    <WithScenario id={id} libraryHref={libraryHref}>
      {(scenario) => <PlaySession key={scenario.id} scenario={scenario} libraryHref={libraryHref} />}
    </WithScenario>
  );
}

/**
 * The scenario routes (briefing, play, attempts, debrief of a kept attempt): find the scenario in the catalogue,
 * load it, then hand it to the screen. The attempts and debrief screens load on demand.
 */
import { Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../engine/index.ts';
import { BriefingScreen } from '../features/briefing/briefing-screen.tsx';
import { LazyAttemptsScreen } from '../features/attempts/lazy.ts';
import { StorageNotices } from '../features/attempts/storage-notice.tsx';
import { LazyDebriefScreen } from '../features/debrief/lazy.ts';
import { browserStorage } from '../features/shared/browser-storage.ts';
import { LoadFailed, LoadingNotice, ScenarioNotFound, ScenarioUnavailable } from '../features/shared/load-states.tsx';
import { hashFor, type Route } from './route.ts';
import { findKeptAttempt, loadKeptAttempts } from './play/kept-attempts.ts';
import { requestPlay, type PlayRequest } from './play/play-requests.ts';
import { useDocumentTitle } from '../features/shared/use-document-title.ts';
import { useFocusOnMount } from '../features/shared/use-focus-on-mount.ts';
import { PlaySession } from './play-session.tsx';
import { useCatalogue, useScenario } from './scenario-context.tsx';

export function WithScenario({
  id,
  libraryHref,
  children,
}: {
  id: string;
  libraryHref: string;
  children: (scenario: CompiledScenario) => ReactNode;
}) {
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
      {(scenario) => (
        <BriefingScreen
          scenario={scenario}
          libraryHref={libraryHref}
          onStart={() => {
            requestPlay(scenario.id, { type: 'start' }); // a new conversation, not the last one's ending
            onStart();
          }}
        />
      )}
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

const briefingHref = (id: string) => hashFor({ screen: 'briefing', id });
const debriefHref = (id: string) => (attemptId: string) => hashFor({ screen: 'debrief', id, attemptId });

/** Ask the play flow for something, then go to the play page where it answers. */
function playWith(scenario: CompiledScenario, navigate: (route: Route) => void, request: PlayRequest): void {
  requestPlay(scenario.id, request);
  navigate({ screen: 'play', id: scenario.id });
}

function StoredAttempts({
  scenario,
  libraryHref,
  navigate,
}: {
  scenario: CompiledScenario;
  libraryHref: string;
  navigate: (route: Route) => void;
}) {
  const [{ attempts, notice }] = useState(() => loadKeptAttempts(scenario, browserStorage()));
  const resume = (attemptId: string) => playWith(scenario, navigate, { type: 'resume', attemptId });
  return (
    <Suspense fallback={<LoadingNotice />}>
      {notice && <StorageNotices notice={notice} storageFailed={false} />}
      <LazyAttemptsScreen
        scenario={scenario}
        attempts={attempts}
        libraryHref={libraryHref}
        briefingHref={briefingHref(scenario.id)}
        debriefHref={debriefHref(scenario.id)}
        onResume={resume}
      />
    </Suspense>
  );
}

export function AttemptsRoute({ id, libraryHref, navigate }: { id: string; libraryHref: string; navigate: (route: Route) => void }) {
  return (
    <WithScenario id={id} libraryHref={libraryHref}>
      {(scenario) => <StoredAttempts scenario={scenario} libraryHref={libraryHref} navigate={navigate} />}
    </WithScenario>
  );
}

function MissingAttempt({ attemptsHref, libraryHref }: { attemptsHref: string; libraryHref: string }) {
  const { t } = useTranslation('ending');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('missing.title'));
  return (
    <div className="problem">
      <h1 ref={heading} tabIndex={-1}>
        {t('missing.title')}
      </h1>
      <p>{t('missing.text')}</p>
      <p className="button-row">
        <a className="button" href={attemptsHref}>
          {t('missing.attempts')}
        </a>
        <a className="button" href={libraryHref}>
          {t('missing.library')}
        </a>
      </p>
    </div>
  );
}

interface StoredDebriefProps {
  scenario: CompiledScenario;
  attemptId: string;
  libraryHref: string;
  navigate: (route: Route) => void;
}

function StoredDebrief({ scenario, attemptId, libraryHref, navigate }: StoredDebriefProps) {
  // From storage, else from this visit's memory: storage that cannot be read never hides a debrief.
  const [found] = useState(() => findKeptAttempt(scenario, attemptId, browserStorage()));
  const attemptsHref = hashFor({ screen: 'attempts', id: scenario.id });
  if (!found) return <MissingAttempt attemptsHref={attemptsHref} libraryHref={libraryHref} />;
  // A rewind here starts a new attempt from that turn and continues it on the play page.
  const rewind = (kept: number) => playWith(scenario, navigate, { type: 'rewind', attemptId: found.attempt.id, turn: kept });
  const playAgain = () => playWith(scenario, navigate, { type: 'playAgain' });
  return (
    <Suspense fallback={<LoadingNotice />}>
      <LazyDebriefScreen
        scenario={scenario}
        state={found.state}
        onRewind={rewind}
        libraryHref={libraryHref}
        attemptsHref={attemptsHref}
        onPlayAgain={found.state.ending ? playAgain : undefined}
        finishedAt={found.attempt.finishedAt}
      />
    </Suspense>
  );
}

export function DebriefRoute({
  id,
  attemptId,
  libraryHref,
  navigate,
}: {
  id: string;
  attemptId: string;
  libraryHref: string;
  navigate: (route: Route) => void;
}) {
  return (
    <WithScenario id={id} libraryHref={libraryHref}>
      {(scenario) => <StoredDebrief scenario={scenario} attemptId={attemptId} libraryHref={libraryHref} navigate={navigate} />}
    </WithScenario>
  );
}

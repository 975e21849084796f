/**
 * The player: library → briefing → conversation → ending. A tiny router on the URL hash (see route.ts) picks
 * the screen; the scenario source and the i18n instance come in as props so tests can supply their own.
 */
import type { i18n as I18n } from 'i18next';
import { useMemo, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { LabRoute } from '../features/lab/lab-route.tsx';
import { LabPlaySession } from './play/lab-play-session.tsx';
import { SettingsProvider } from '../features/settings/settings-context.tsx';
import { AppHeader } from './app-header.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { hashFor, useHashRoute, type Route } from './route.ts';
import { ScenarioLoaderProvider, useCatalogue } from './scenario-context.tsx';
import { createScenarioLoader } from './scenario-loader.ts';
import type { ScenarioSource } from './scenario-source.ts';
import { DEFAULT_HOST, PlayHostContext, type PlayHost } from './play/play-host.ts';
import { AttemptsRoute, BriefingRoute, DebriefRoute, PlayRoute } from './scenario-routes.tsx';
import { GroupsRoutes } from './groups-routes.tsx';
import { PresenterRoute, WorkshopLibraryRoute, WorkshopRoute, WorkshopStartRoute } from './workshop-routes.tsx';
import { LibraryRoute } from './play/library-route.tsx';
import { playedScenarios } from './play/progress-source.ts';
import { WhatNextContext } from '../features/debrief/what-next-context.ts';

export interface AppProps {
  source: ScenarioSource;
  i18n: I18n;
  /** What the surrounding page adds to every play (an LMS launch); nothing by default. */
  host?: PlayHost;
}

const LIBRARY = hashFor({ screen: 'library' });
const briefingHref = (id: string) => hashFor({ screen: 'briefing', id });

function Screen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  const catalogue = useCatalogue();
  switch (route.screen) {
    case 'library':
      return <LibraryRoute catalogue={catalogue} hrefFor={briefingHref} />;
    case 'briefing':
      return <BriefingRoute id={route.id} libraryHref={LIBRARY} onStart={() => navigate({ screen: 'play', id: route.id })} />;
    case 'play':
      return <PlayRoute id={route.id} libraryHref={LIBRARY} />;
    case 'attempts':
      return <AttemptsRoute id={route.id} libraryHref={LIBRARY} navigate={navigate} />;
    case 'debrief':
      return <DebriefRoute id={route.id} attemptId={route.attemptId} libraryHref={LIBRARY} navigate={navigate} />;
    case 'lab':
      return <LabRoute libraryHref={LIBRARY} player={LabPlaySession} />;
    case 'workshop-group':
    case 'workshop-room':
    case 'workshop-compare':
      return <GroupsRoutes route={route} libraryHref={LIBRARY} />;
    case 'workshop-library':
      return <WorkshopLibraryRoute libraryHref={LIBRARY} />;
    case 'workshop-start':
      return <WorkshopStartRoute id={route.id} navigate={navigate} />;
    case 'workshop':
      return <WorkshopRoute id={route.id} code={route.code} />;
    case 'workshop-presenter':
      return <PresenterRoute id={route.id} code={route.code} />;
  }
}

function Shell() {
  const [route, navigate] = useHashRoute();
  const catalogue = useCatalogue();
  const whatNext = useMemo(() => ({ catalogue, played: () => playedScenarios(catalogue), briefingHref }), [catalogue]);
  const key = hashFor(route);
  const main = useRef<HTMLElement>(null);
  // On the projector every line counts: the workshop, presenter and room-debrief screens bring their own compact bar.
  const projected = route.screen === 'workshop' || route.screen === 'workshop-presenter' || route.screen === 'workshop-room';
  return (
    <>
      {!projected && <AppHeader homeHref={LIBRARY} onSkipToContent={() => main.current?.focus()} />}
      <main id="main" className={projected ? 'main main--projected' : 'main'} tabIndex={-1} ref={main}>
        <ErrorBoundary key={key} homeHref={LIBRARY}>
          <WhatNextContext.Provider value={whatNext}>
            <Screen key={key} route={route} navigate={navigate} />
          </WhatNextContext.Provider>
        </ErrorBoundary>
      </main>
    </>
  );
}

export function App({ source, i18n, host = DEFAULT_HOST }: AppProps) {
  const loader = useMemo(() => createScenarioLoader(source), [source]);
  return (
    <I18nextProvider i18n={i18n}>
      <ScenarioLoaderProvider loader={loader}>
        <SettingsProvider>
          <PlayHostContext.Provider value={host}>
            <Shell />
          </PlayHostContext.Provider>
        </SettingsProvider>
      </ScenarioLoaderProvider>
    </I18nextProvider>
  );
}

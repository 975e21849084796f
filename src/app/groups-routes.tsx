/** The workshop's group pages (a group's path, the room's debrief, the compare view): the scenario, then the page. */
import { Suspense } from 'react';
import { LazyCompareScreen, LazyGroupScreen, LazyRoomDebrief } from '../features/workshop/lazy-groups.ts';
import type { GroupsRoute } from '../features/workshop/groups-route.ts';
import { LoadingNotice } from '../features/shared/load-states.tsx';
import { WithScenario } from './scenario-routes.tsx';

export function GroupsRoutes({ route, libraryHref }: { route: GroupsRoute; libraryHref: string }) {
  return (
    <WithScenario id={route.id} libraryHref={libraryHref}>
      {(scenario) => (
        <Suspense fallback={<LoadingNotice />}>
          {route.screen === 'workshop-group' && <LazyGroupScreen scenario={scenario} query={route.query} libraryHref={libraryHref} />}
          {route.screen === 'workshop-room' && <LazyRoomDebrief scenario={scenario} query={route.query} libraryHref={libraryHref} />}
          {route.screen === 'workshop-compare' && <LazyCompareScreen scenario={scenario} query={route.query} />}
        </Suspense>
      )}
    </WithScenario>
  );
}

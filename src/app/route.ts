/**
 * The player's addresses, kept in the URL hash so a reload lands on the same screen:
 * `#/` (library), `#/s/<id>` (briefing), `#/s/<id>/play` (conversation, and its ending),
 * `#/s/<id>/attempts` (every attempt kept, and a comparison of two), `#/s/<id>/debrief/<attemptId>`,
 * `#/lab` (the Scenario Lab for authors),
 * `#/workshop` (the trainer's library), `#/workshop/<id>` (choose the session code), `#/workshop/<id>/<CODE>`
 * (the projected workshop) and `#/workshop/<id>/<CODE>/presenter` (the trainer's own screen).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { groupsHash, parseGroupsHash, type GroupsRoute } from '../features/workshop/groups-route.ts';

export type Route =
  | { screen: 'library' }
  | { screen: 'briefing'; id: string }
  | { screen: 'play'; id: string }
  | { screen: 'attempts'; id: string }
  | { screen: 'debrief'; id: string; attemptId: string }
  | { screen: 'lab' }
  | { screen: 'workshop-library' }
  | { screen: 'workshop-start'; id: string }
  | { screen: 'workshop'; id: string; code: string }
  | { screen: 'workshop-presenter'; id: string; code: string }
  | GroupsRoute;

const ID = '[a-z0-9][a-z0-9-]*';
const BRIEFING = new RegExp(`^#?/s/(${ID})/?$`);
const PLAY = new RegExp(`^#?/s/(${ID})/play/?$`);
const ATTEMPTS = new RegExp(`^#?/s/(${ID})/attempts/?$`);
const LAB = /^#?\/lab\/?$/;
const DEBRIEF = new RegExp(`^#?/s/(${ID})/debrief/(${ID})/?$`);
/** A session code as typed in the address: upper case, from the code alphabet (see session-code.ts). */
const CODE = '[A-HJKMNP-TV-Z2-9]{5}';
const WORKSHOP_LIBRARY = /^#?\/workshop\/?$/;
const WORKSHOP_START = new RegExp(`^#?/workshop/(${ID})/?$`);
const WORKSHOP = new RegExp(`^#?/workshop/(${ID})/(${CODE})/?$`);
const WORKSHOP_PRESENTER = new RegExp(`^#?/workshop/(${ID})/(${CODE})/presenter/?$`);

/** Anything unknown is the library. */
export function parseHash(hash: string): Route {
  const groups = parseGroupsHash(hash); // before decoding: a group link's query is decoded by its own reader
  if (groups) return groups;
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash);
  } catch {
    return { screen: 'library' };
  }
  if (LAB.test(decoded)) return { screen: 'lab' };
  if (WORKSHOP_LIBRARY.test(decoded)) return { screen: 'workshop-library' };
  const workshopStart = WORKSHOP_START.exec(decoded);
  if (workshopStart) return { screen: 'workshop-start', id: workshopStart[1]! };
  const workshop = WORKSHOP.exec(decoded);
  if (workshop) return { screen: 'workshop', id: workshop[1]!, code: workshop[2]! };
  const presenter = WORKSHOP_PRESENTER.exec(decoded);
  if (presenter) return { screen: 'workshop-presenter', id: presenter[1]!, code: presenter[2]! };
  const play = PLAY.exec(decoded);
  if (play) return { screen: 'play', id: play[1]! };
  const attempts = ATTEMPTS.exec(decoded);
  if (attempts) return { screen: 'attempts', id: attempts[1]! };
  const debrief = DEBRIEF.exec(decoded);
  if (debrief) return { screen: 'debrief', id: debrief[1]!, attemptId: debrief[2]! };
  const briefing = BRIEFING.exec(decoded);
  if (briefing) return { screen: 'briefing', id: briefing[1]! };
  return { screen: 'library' };
}

export function hashFor(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'briefing':
      return `#/s/${encodeURIComponent(route.id)}`;
    case 'play':
      return `#/s/${encodeURIComponent(route.id)}/play`;
    case 'attempts':
      return `#/s/${encodeURIComponent(route.id)}/attempts`;
    case 'debrief':
      return `#/s/${encodeURIComponent(route.id)}/debrief/${encodeURIComponent(route.attemptId)}`;
    case 'lab':
      return '#/lab';
    case 'workshop-group':
    case 'workshop-room':
    case 'workshop-compare':
      return groupsHash(route);
    case 'workshop-library':
      return '#/workshop';
    case 'workshop-start':
      return `#/workshop/${encodeURIComponent(route.id)}`;
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.id)}/${encodeURIComponent(route.code)}`;
    case 'workshop-presenter':
      return `#/workshop/${encodeURIComponent(route.id)}/${encodeURIComponent(route.code)}/presenter`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current route, following the hash (back/forward, links, reload), and a way to go elsewhere. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, readHash, () => '#/');
  const navigate = useCallback((route: Route) => {
    const next = hashFor(route);
    if (window.location.hash === next) return;
    window.location.hash = next;
  }, []);
  return [parseHash(hash), navigate];
}

/**
 * The addresses of a workshop's groups, beside the live workshop's own (`#/workshop`, `#/workshop/<id>`):
 *   `#/workshop/<id>/group?…`    one group's path (the record in the query, see group-link.ts)
 *   `#/workshop/<id>/debrief?…`  the same path as the debrief for the room
 *   `#/workshop/<id>/compare?g=…&g=…`  several groups' paths over each other
 * The query is kept as written: it is read by URLSearchParams, which decodes it once, so it must not be
 * decoded before (route.ts decodes the rest of the hash as a whole).
 */
export type GroupsRoute =
  | { screen: 'workshop-group'; id: string; query: string }
  | { screen: 'workshop-room'; id: string; query: string }
  | { screen: 'workshop-compare'; id: string; query: string };

const GROUPS = /^#?\/workshop\/([a-z0-9][a-z0-9-]*)\/(group|debrief|compare)\/?(?:\?([^#]*))?$/;
const SCREENS = { group: 'workshop-group', debrief: 'workshop-room', compare: 'workshop-compare' } as const;
const PATHS = { 'workshop-group': 'group', 'workshop-room': 'debrief', 'workshop-compare': 'compare' } as const;

export function parseGroupsHash(hash: string): GroupsRoute | null {
  const match = GROUPS.exec(hash);
  if (!match) return null;
  const [, id, kind, query] = match as unknown as [string, string, keyof typeof SCREENS, string | undefined];
  return { screen: SCREENS[kind], id, query: query ?? '' };
}

export function groupsHash(route: GroupsRoute): string {
  return `#/workshop/${route.id}/${PATHS[route.screen]}${route.query ? `?${route.query}` : ''}`;
}

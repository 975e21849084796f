/**
 * Is this page an LMS launch? Small on purpose: main.tsx imports it on every visit, and only when it finds a
 * launch does the LMS code itself load (a dynamic import). Outside a launch nothing is created and nothing
 * leaves the browser.
 *
 * - SCORM 1.2: the LMS puts an `API` object on a window above us (a parent frame, or the opener of a pop-up).
 * - cmi5: the LMS adds `endpoint`, `fetch`, `actor`, `registration` and `activityId` to the launch URL.
 */
import { findScormApi, type Scorm12Api } from './scorm-api.ts';

export const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

export type LmsLaunch =
  | { kind: 'scorm12'; api: Scorm12Api; scenarioId: string | null }
  | { kind: 'cmi5'; url: string; scenarioId: string | null }
  /** Something that looks like a launch but cannot be used: play goes on locally, with one notice. */
  | { kind: 'broken'; standard: 'cmi5'; problem: string; scenarioId: string | null };

/** The scenario a package's launch URL names (`?scenario=<id>`), if any. */
export function scenarioParameter(search: URLSearchParams): string | null {
  const id = search.get('scenario');
  return id && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : null;
}

export function detectLaunch(win: Window): LmsLaunch | null {
  const search = new URLSearchParams(win.location.search);
  const scenarioId = scenarioParameter(search);
  const present = CMI5_PARAMETERS.filter((name) => search.has(name));
  if (present.length > 0) {
    const problem = cmi5Problem(search);
    return problem ? { kind: 'broken', standard: 'cmi5', problem, scenarioId } : { kind: 'cmi5', url: win.location.href, scenarioId };
  }
  const api = findScormApi(win);
  return api ? { kind: 'scorm12', api, scenarioId } : null;
}

/** What is wrong with a cmi5 launch URL, or null when it can be used. */
export function cmi5Problem(search: URLSearchParams): string | null {
  const missing = CMI5_PARAMETERS.filter((name) => !search.get(name));
  if (missing.length > 0) return `missing ${missing.join(', ')}`;
  for (const name of ['endpoint', 'fetch'] as const) {
    try {
      const url = new URL(search.get(name)!);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${name} is not a web address`;
    } catch {
      return `${name} is not a web address`;
    }
  }
  try {
    const actor: unknown = JSON.parse(search.get('actor')!);
    if (typeof actor !== 'object' || actor === null || !('account' in actor)) return 'actor has no account';
  } catch {
    return 'actor is not JSON';
  }
  return null;
}

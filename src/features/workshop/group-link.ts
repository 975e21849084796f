/**
 * A group's path as a link: the whole WorkshopRecord in the URL fragment, so a group can send the trainer its
 * conversation without a server (the part after `#` never leaves the browser). Pure: building a link and
 * reading one back, with a reason a trainer can act on when a link is damaged or meant for something else.
 *
 *     #/workshop/<scenario-id>/group?f=1&s=<version>&c=<code>&g=<group>&k=<choices>&h=<votes>
 *
 * - `f` the link format (1), so a later format can be told apart instead of misread;
 * - `k` the option ids chosen, joined by `.` (ids are `[a-z0-9-]`, so `.`, `_` and `~` are free to use);
 * - `h` the hand counts per turn, joined by `.`: a turn is `id~count` pairs joined by `_`, or empty where the
 *   trainer skipped voting. `welkom~5_dreigen~2..reflectie~7` = three turns, the second without a vote.
 * Everything else is URLSearchParams-encoded, so a group label with spaces or `#` survives.
 */
import type { WorkshopRecord, WorkshopVotes } from './workshop-record.ts';
import { normalizeCode } from './session-code.ts';

export const LINK_FORMAT = 1;
export type LinkKind = 'group' | 'debrief';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const CODE = /^[A-Z0-9]{1,16}$/;
const COUNT = /^\d{1,4}$/;
/** Generous bounds so a pasted link can never make the page build something huge. */
export const MAX_TURNS = 200;
export const MAX_GROUP_CHARS = 60;
export const MAX_COUNT = 9999;

export type LinkProblem =
  /** Not a Ruimte workshop link at all (another page, a player link, text). */
  | { code: 'not-a-link' }
  /** Made by a newer Ruimte with a link format this one does not know. */
  | { code: 'format'; format: string }
  /** A link for another scenario than the one on screen. */
  | { code: 'other-scenario'; scenarioId: string }
  /** A part is missing or cannot be read (cut off when copied, edited by hand). */
  | { code: 'damaged'; field: 'version' | 'code' | 'group' | 'choices' | 'votes' };

export type LinkResult = { ok: true; record: WorkshopRecord; kind: LinkKind } | { ok: false; problem: LinkProblem };

function encodeVotes(votes: WorkshopVotes | null): string {
  if (!votes) return '';
  return Object.entries(votes.counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, n]) => `${id}~${n}`)
    .join('_');
}

/** The query part of a link (without `?`), the same for the group link and the room's debrief. */
export function recordQuery(record: WorkshopRecord): string {
  const params = new URLSearchParams();
  params.set('f', String(LINK_FORMAT));
  params.set('s', String(record.scenarioVersion));
  params.set('c', normalizeCode(record.code));
  params.set('g', record.group);
  params.set('k', record.choices.join('.'));
  params.set('h', record.votes.map(encodeVotes).join('.'));
  return params.toString();
}

/** `#/workshop/<id>/group?…` (or `/debrief?…`): paste it after the app's address. */
export function groupLink(record: WorkshopRecord, kind: LinkKind = 'group'): string {
  return `#/workshop/${record.scenarioId}/${kind}?${recordQuery(record)}`;
}

/** The whole address to hand round: the page's address without its fragment, and the link. */
export function absoluteGroupLink(pageUrl: string, record: WorkshopRecord, kind: LinkKind = 'group'): string {
  const base = pageUrl.split('#')[0]!;
  return `${base}${groupLink(record, kind)}`;
}

const LINK = /^#\/workshop\/([a-z0-9][a-z0-9-]*)\/(group|debrief)\?([^#\s]*)$/;

function decodeVotes(text: string, turns: number): (WorkshopVotes | null)[] | null {
  if (turns === 0) return text === '' ? [] : null;
  const parts = text.split('.');
  if (parts.length !== turns) return null;
  const result: (WorkshopVotes | null)[] = [];
  for (const part of parts) {
    if (part === '') {
      result.push(null);
      continue;
    }
    const counts: Record<string, number> = {};
    for (const pair of part.split('_')) {
      const [id, n, extra] = pair.split('~');
      if (extra !== undefined || !id || !ID.test(id) || !n || !COUNT.test(n) || id in counts) return null;
      counts[id] = Number(n);
    }
    result.push({ counts });
  }
  return result;
}

/**
 * Read a group link back: a fragment (`#/workshop/…`) or a whole pasted address. With `scenarioId`, a link
 * for another scenario is refused as such. Never throws.
 */
export function decodeGroupLink(input: string, scenarioId?: string): LinkResult {
  const text = input.trim();
  const hash = text.indexOf('#');
  const fragment = hash >= 0 ? text.slice(hash) : wrappedFragment(text);
  const match = fragment === null ? null : LINK.exec(fragment);
  if (!match) return { ok: false, problem: { code: 'not-a-link' } };
  const [, id, kind, query] = match as unknown as [string, string, LinkKind, string];
  if (scenarioId !== undefined && id !== scenarioId) return { ok: false, problem: { code: 'other-scenario', scenarioId: id } };
  return decodeRecordQuery(id, query, kind);
}

/**
 * A link that a mail system wrapped in its own address (Outlook's "safe links" and the like carry it encoded,
 * `…?url=https%3A%2F%2F…%23%2Fworkshop%2F…&data=…`): the fragment decoded once. The wrapper's own parameters
 * that end up after it are unknown to the reader and ignored.
 */
function wrappedFragment(text: string): string | null {
  const at = text.search(/%23%2Fworkshop%2F/iu);
  if (at < 0) return null;
  try {
    return decodeURIComponent(text.slice(at));
  } catch {
    return null;
  }
}

/** The record in a link's query (see `recordQuery`), for the scenario the address names. */
export function decodeRecordQuery(scenarioId: string, query: string, kind: LinkKind = 'group'): LinkResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { ok: false, problem: { code: 'not-a-link' } };
  }
  const damaged = (field: Extract<LinkProblem, { code: 'damaged' }>['field']): LinkResult => ({
    ok: false,
    problem: { code: 'damaged', field },
  });
  const format = params.get('f');
  if (format === null) return { ok: false, problem: { code: 'not-a-link' } };
  if (format !== String(LINK_FORMAT)) return { ok: false, problem: { code: 'format', format: format.slice(0, 10) } };
  const version = params.get('s') ?? '';
  if (!/^\d{1,9}$/.test(version)) return damaged('version');
  const code = normalizeCode(params.get('c') ?? '');
  if (!CODE.test(code)) return damaged('code');
  const group = (params.get('g') ?? '').trim();
  if (group === '' || [...group].length > MAX_GROUP_CHARS || /\p{Cc}/u.test(group)) return damaged('group');
  const chosen = params.get('k');
  if (chosen === null) return damaged('choices');
  const choices = chosen === '' ? [] : chosen.split('.');
  if (choices.length > MAX_TURNS || !choices.every((c) => ID.test(c))) return damaged('choices');
  const votesText = params.get('h');
  const votes = votesText === null ? null : decodeVotes(votesText, choices.length);
  if (!votes) return damaged('votes');
  return { ok: true, kind, record: { scenarioId, scenarioVersion: Number(version), code, group, choices, votes } };
}

/**
 * Every attempt at a scenario, kept in the browser. Per scenario one key, `ruimte.attempts.<id>`, holds a
 * list in a numbered storage format (older formats are migrated, see attempt-migrations.ts); `ruimte.current.<id>` names the attempt a reload of the play address continues.
 *
 * Only the seed and the choices are stored, never the engine's numbers: a conversation is rebuilt by replaying
 * them (`replayRecord`), which is exact, keeps saves tiny and needs no schema library in the first download.
 * Everything read back is checked by hand, one attempt at a time: a damaged attempt is dropped and reported,
 * the others are kept, even when the damage broke the JSON of the list around them; nothing is ever thrown.
 * Attempts of an older scenario version are kept and listed: they can no longer be replayed (the scenario
 * changed), but their saved summary still tells the trainee how that conversation went.
 * Storage that is missing, full or switched off makes `save` return false; the caller tells the trainee.
 * Every attempt saved in this page visit is also remembered in memory, so its debrief can be shown even when
 * storage lost it or cannot be read.
 */
import { ATTEMPTS_FORMAT, migrateList } from './attempt-migrations.ts';

export { ATTEMPTS_FORMAT };
export const ATTEMPTS_PREFIX = 'ruimte.attempts.';
export const CURRENT_PREFIX = 'ruimte.current.';
/** Enough history to compare, small enough to stay far below any storage quota. */
export const MAX_ATTEMPTS = 40;

export type { Attempt, AttemptSummary } from '../../features/shared/attempt.ts';
import type { Attempt, AttemptSummary } from '../../features/shared/attempt.ts';

/** Damaged attempts are the only thing loading drops: older formats are migrated, older versions kept. */
export type LoadProblem = 'corrupt';

export interface LoadResult {
  attempts: Attempt[];
  /** Why saved data was dropped while loading, if it was. */
  problem: LoadProblem | null;
  /** How many saved attempts were dropped (at least 1 when `problem` is set, also when the count is unknown). */
  dropped: number;
}

/** A read of one scenario's list: `readable` is false when storage threw, so the list is unknown, not empty. */
interface ReadResult extends LoadResult {
  readable: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MODES: readonly string[] = ['open', 'opening', 'guarded', 'closed', 'walked-out'];

function isSummary(v: unknown): v is AttemptSummary {
  return (
    isObject(v) &&
    (v.endingId === null || isString(v.endingId)) &&
    isString(v.mode) &&
    MODES.includes(v.mode) &&
    isCount(v.turns) &&
    isCount(v.disclosed) &&
    typeof v.recall === 'number' &&
    v.recall >= 0 &&
    v.recall <= 1
  );
}

export function isAttempt(v: unknown): v is Attempt {
  if (!isObject(v)) return false;
  const branch = v.branchOf;
  return (
    isString(v.id) &&
    ID.test(v.id) &&
    isString(v.scenarioId) &&
    isCount(v.scenarioVersion) &&
    isCount(v.seed) &&
    v.seed <= 0xffffffff &&
    Array.isArray(v.choices) &&
    v.choices.length <= 1000 &&
    v.choices.every(isString) &&
    isString(v.startedAt) &&
    (v.finishedAt === null || isString(v.finishedAt)) &&
    (branch === null || (isObject(branch) && isString(branch.attemptId) && isCount(branch.turn))) &&
    (v.summary === null || isSummary(v.summary))
  );
}

/** Whether an attempt can be played on from, rewound or debriefed: only on the scenario version it was played on. */
export function isReplayable(attempt: Pick<Attempt, 'scenarioVersion'>, scenarioVersion: number): boolean {
  return attempt.scenarioVersion === scenarioVersion;
}

/** A fresh id that is also safe in a URL: time in base 36 plus a random tail. */
export function newAttemptId(now: Date, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${now.getTime().toString(36)}-${tail}`;
}

/** Each saved attempt starts with its id (JSON.stringify keeps the order in which the fields were written). */
const ENTRY_START = '{"id":';

/** Index of the `}` that closes the JSON object starting at `start`, or -1 (strings and escapes respected). */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return c === '}' ? i : -1;
    }
  }
  return -1;
}

/**
 * The attempts in a list whose JSON no longer parses (a byte changed, a quote lost, the text cut short): each
 * attempt is parsed on its own from where it starts, so damage to one costs only that one. `found` counts the
 * attempts that were there, readable or not: an attempt whose start was destroyed too shows as text other than
 * a comma between two attempts, or before the first or after the last.
 */
function salvage(raw: string): { entries: unknown[]; found: number } {
  const entries: unknown[] = [];
  const stray = (text: string, expected: RegExp) => (expected.test(text.trim()) ? 0 : 1);
  let found = 0;
  /** Where the text after the last whole attempt starts; null after a damaged one (it spans that text). */
  let after: number | null = 0;
  for (let start = raw.indexOf(ENTRY_START); start !== -1; start = raw.indexOf(ENTRY_START, start + 1)) {
    found += 1;
    if (after !== null) found += stray(raw.slice(after, start), found === 1 ? /\[$/ : /^,$/);
    const next = raw.indexOf(ENTRY_START, start + 1);
    const end = objectEnd(raw, start);
    after = null;
    // An object that runs into the next attempt lost its end: it is the damaged one.
    if (end === -1 || (next !== -1 && end > next)) continue;
    try {
      entries.push(JSON.parse(raw.slice(start, end + 1)));
      after = end + 1;
    } catch {
      // This one is damaged; the others are still read.
    }
  }
  if (found === 0) return { entries, found: stray(raw, /^$/) };
  if (after !== null) found += stray(raw.slice(after), /^\]\s*\}$/);
  return { entries, found };
}

/** Attempts saved during this page visit, per scenario and id: enough to show a debrief whatever storage does. */
const remembered = new Map<string, Map<string, Attempt>>();

function remember(attempt: Attempt): void {
  let forScenario = remembered.get(attempt.scenarioId);
  if (!forScenario) remembered.set(attempt.scenarioId, (forScenario = new Map()));
  forScenario.set(attempt.id, attempt);
}

/** For tests: a fresh page visit. */
export function forgetRememberedAttempts(): void {
  remembered.clear();
}

/**
 * One scenario's list as stored, checked attempt by attempt, without writing anything: `repair` says the
 * stored text should be rewritten (damaged, an older format, copies). The store repairs; readers that only
 * look (the library's progress, the export) use `peekAttempts`.
 */
function readList(storage: Pick<Storage, 'getItem'> | null, scenarioId: string): ReadResult & { repair: boolean } {
  const none = { attempts: [], problem: null, dropped: 0, repair: false };
  let raw: string | null;
  try {
    raw = storage?.getItem(ATTEMPTS_PREFIX + scenarioId) ?? null;
  } catch {
    return { ...none, readable: false };
  }
  if (raw === null) return { ...none, readable: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  let entries: unknown[];
  let found: number;
  const wellFormed = isObject(parsed) && Array.isArray(parsed.attempts);
  let migrated = false;
  if (isObject(parsed) && Array.isArray(parsed.attempts)) {
    const result = migrateList({ ...parsed, attempts: parsed.attempts }, { scenarioId });
    if (!result.ok) return { ...none, readable: false };
    entries = result.list.attempts;
    found = entries.length;
    migrated = result.migrated;
  } else {
    // Text that no longer parses: each attempt is rescued on its own. Attempts have the same shape in every
    // format so far, so a rescued one needs no migration (a format that changes them must migrate here too).
    ({ entries, found } = salvage(raw));
  }
  const readable = entries.filter((a): a is Attempt => isAttempt(a) && a.scenarioId === scenarioId);
  // A copy of an attempt (same id) adds nothing and would show twice: the first one stays.
  const ids = new Set<string>();
  const valid = readable.filter((a) => !ids.has(a.id) && ids.add(a.id));
  // Nothing recognisable at all still counts as (at least) one damaged attempt.
  const dropped = wellFormed || found > 0 ? found - readable.length : 1;
  const repair = dropped > 0 || !wellFormed || migrated || valid.length < readable.length;
  return { attempts: valid, problem: dropped > 0 ? 'corrupt' : null, dropped, readable: true, repair };
}

/**
 * The attempts the store would load for a scenario (every version, oldest first), read without repairing or
 * migrating anything in storage: showing progress must never rewrite (or lose) what is kept. [] when storage
 * fails or holds a list from a newer Ruimte.
 */
export function peekAttempts(storage: Pick<Storage, 'getItem'>, scenarioId: string): Attempt[] {
  return readList(storage, scenarioId).attempts;
}

export class AttemptStore {
  constructor(private readonly storage: Store | null) {}

  get available(): boolean {
    return this.storage !== null;
  }

  /**
   * The attempts for a scenario, oldest first, of every scenario version: those of an older version stay
   * (see `isReplayable`). The version argument is accepted for symmetry with `find`; nothing is dropped by it.
   */
  load(scenarioId: string, _scenarioVersion?: number): LoadResult {
    const { attempts, problem, dropped } = this.readAll(scenarioId);
    return { attempts, problem, dropped };
  }

  /**
   * One attempt by id: from storage, else from this visit's memory (storage that cannot be read, or that lost
   * it). `stored` says which, so the screen never claims an attempt is kept when it is not.
   */
  find(scenarioId: string, scenarioVersion: number, attemptId: string): { attempt: Attempt; stored: boolean } | null {
    const fromStorage = this.load(scenarioId).attempts.find((a) => a.id === attemptId);
    if (fromStorage) return isReplayable(fromStorage, scenarioVersion) ? { attempt: fromStorage, stored: true } : null;
    const fromMemory = remembered.get(scenarioId)?.get(attemptId);
    return fromMemory && fromMemory.scenarioVersion === scenarioVersion ? { attempt: fromMemory, stored: false } : null;
  }

  /**
   * Add or replace one attempt. False when it could not be stored (no storage, full, switched off, or a list
   * that cannot be read: writing then would overwrite the attempts already kept).
   */
  save(attempt: Attempt): boolean {
    remember(attempt);
    const { attempts, readable } = this.readAll(attempt.scenarioId);
    if (!readable) return false;
    const others = attempts.filter((a) => a.id !== attempt.id);
    return this.write(
      attempt.scenarioId,
      [...others, attempt].sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
    );
  }

  /** Forget attempts that were discovered to be unusable (their choices no longer replay). */
  discard(scenarioId: string, ids: readonly string[]): void {
    for (const id of ids) remembered.get(scenarioId)?.delete(id);
    const { attempts } = this.load(scenarioId);
    this.write(
      scenarioId,
      attempts.filter((a) => !ids.includes(a.id)),
    );
  }

  currentId(scenarioId: string): string | null {
    try {
      const id = this.storage?.getItem(CURRENT_PREFIX + scenarioId) ?? null;
      return id !== null && ID.test(id) ? id : null;
    } catch {
      return null;
    }
  }

  setCurrent(scenarioId: string, attemptId: string): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(CURRENT_PREFIX + scenarioId, attemptId);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Every readable attempt for a scenario, checked one by one: damaged ones are removed and counted, the rest
   * kept. A list in an older storage format is migrated step by step and written back in the current one; a
   * list from a newer Ruimte is left alone (unreadable here, so nothing is written over it).
   */
  private readAll(scenarioId: string): ReadResult {
    const key = ATTEMPTS_PREFIX + scenarioId;
    const read = readList(this.storage, scenarioId);
    if (read.repair) {
      // Keep what could be read, in a list that parses again.
      if (read.attempts.length === 0) this.remove(key);
      else this.write(scenarioId, read.attempts);
    }
    const { attempts, problem, dropped, readable } = read;
    return { attempts, problem, dropped, readable };
  }

  private write(scenarioId: string, attempts: Attempt[]): boolean {
    if (!this.storage) return false;
    // Drop the oldest empty attempts first, then the oldest of all.
    let kept = attempts;
    while (kept.length > MAX_ATTEMPTS) {
      const empty = kept.findIndex((a) => a.choices.length === 0);
      kept = kept.filter((_, i) => i !== (empty >= 0 ? empty : 0));
    }
    try {
      this.storage.setItem(ATTEMPTS_PREFIX + scenarioId, JSON.stringify({ format: ATTEMPTS_FORMAT, scenarioId, attempts: kept }));
      return true;
    } catch {
      return false;
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing to do: the data stays unreadable and is ignored.
    }
  }
}

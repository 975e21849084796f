/**
 * Every attempt at a scenario, kept in the browser. Per scenario one key, `ruimte.attempts.<id>`, holds a
 * versioned list; `ruimte.current.<id>` names the attempt a reload of the play address continues.
 *
 * Only the seed and the choices are stored, never the engine's numbers: a conversation is rebuilt by replaying
 * them (`replayRecord`), which is exact, keeps saves tiny and needs no schema library in the first download.
 * Everything read back is checked by hand; anything that does not fit is dropped and reported, never thrown.
 * Storage that is missing, full or switched off makes `save` return false; the caller tells the trainee.
 */
import type { FinalMode } from '../shared/engine.ts';

export const ATTEMPTS_FORMAT = 1;
export const ATTEMPTS_PREFIX = 'ruimte.attempts.';
export const CURRENT_PREFIX = 'ruimte.current.';
/** Enough history to compare, small enough to stay far below any storage quota. */
export const MAX_ATTEMPTS = 40;

export interface AttemptSummary {
  endingId: string | null;
  mode: FinalMode;
  turns: number;
  /** Facts learned accurately. */
  disclosed: number;
  /** Expected share of agreements remembered, 0–1. */
  recall: number;
}

export interface Attempt {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  choices: string[];
  startedAt: string;
  finishedAt: string | null;
  /** Set when this attempt was started by rewinding another one to the moment before choice `turn` (0-based). */
  branchOf: { attemptId: string; turn: number } | null;
  summary: AttemptSummary | null;
}

export type LoadProblem = 'corrupt' | 'old';

export interface LoadResult {
  attempts: Attempt[];
  /** Why saved data was dropped while loading, if it was. */
  problem: LoadProblem | null;
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
    isString(v.mode) && MODES.includes(v.mode) &&
    isCount(v.turns) && isCount(v.disclosed) &&
    typeof v.recall === 'number' && v.recall >= 0 && v.recall <= 1
  );
}

export function isAttempt(v: unknown): v is Attempt {
  if (!isObject(v)) return false;
  const branch = v.branchOf;
  return (
    isString(v.id) && ID.test(v.id) &&
    isString(v.scenarioId) &&
    isCount(v.scenarioVersion) &&
    isCount(v.seed) && v.seed <= 0xffffffff &&
    Array.isArray(v.choices) && v.choices.length <= 1000 && v.choices.every(isString) &&
    isString(v.startedAt) &&
    (v.finishedAt === null || isString(v.finishedAt)) &&
    (branch === null || (isObject(branch) && isString(branch.attemptId) && isCount(branch.turn))) &&
    (v.summary === null || isSummary(v.summary))
  );
}

/** A fresh id that is also safe in a URL: time in base 36 plus a random tail. */
export function newAttemptId(now: Date, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0');
  return `${now.getTime().toString(36)}-${tail}`;
}

export class AttemptStore {
  constructor(private readonly storage: Store | null) {}

  get available(): boolean {
    return this.storage !== null;
  }

  /** The attempts for a scenario, oldest first. Attempts of another scenario version are dropped (and reported). */
  load(scenarioId: string, scenarioVersion: number): LoadResult {
    const { attempts, problem } = this.readAll(scenarioId);
    const current = attempts.filter((a) => a.scenarioVersion === scenarioVersion);
    if (current.length < attempts.length) {
      this.write(scenarioId, current);
      return { attempts: current, problem: problem ?? 'old' };
    }
    return { attempts: current, problem };
  }

  /** Add or replace one attempt. False when it could not be stored (no storage, full, switched off). */
  save(attempt: Attempt): boolean {
    const { attempts } = this.readAll(attempt.scenarioId);
    const others = attempts.filter((a) => a.id !== attempt.id);
    return this.write(attempt.scenarioId, [...others, attempt].sort((a, b) => a.startedAt.localeCompare(b.startedAt)));
  }

  /** Forget attempts that were discovered to be unusable (their choices no longer replay). */
  discard(scenarioId: string, scenarioVersion: number, ids: readonly string[]): void {
    const { attempts } = this.load(scenarioId, scenarioVersion);
    this.write(scenarioId, attempts.filter((a) => !ids.includes(a.id)));
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

  /** Every readable attempt for a scenario; unreadable data is removed and reported. */
  private readAll(scenarioId: string): LoadResult {
    const key = ATTEMPTS_PREFIX + scenarioId;
    let raw: string | null;
    try {
      raw = this.storage?.getItem(key) ?? null;
    } catch {
      return { attempts: [], problem: null };
    }
    if (raw === null) return { attempts: [], problem: null };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!isObject(parsed) || typeof parsed.format !== 'number' || !Array.isArray(parsed.attempts)) {
      this.remove(key);
      return { attempts: [], problem: 'corrupt' };
    }
    if (parsed.format !== ATTEMPTS_FORMAT) {
      this.remove(key);
      return { attempts: [], problem: 'old' };
    }
    const valid = parsed.attempts.filter((a): a is Attempt => isAttempt(a) && a.scenarioId === scenarioId);
    if (valid.length < parsed.attempts.length) {
      this.write(scenarioId, valid);
      return { attempts: valid, problem: 'corrupt' };
    }
    return { attempts: valid, problem: null };
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
      this.storage.setItem(ATTEMPTS_PREFIX + scenarioId, JSON.stringify({ format: ATTEMPTS_FORMAT, attempts: kept }));
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

/**
 * Moving every kept attempt to another device: one JSON file out, the same file in.
 *
 * The file: `{ "format": "ruimte-attempts", "version": 1, "exportedAt": ISO, "attempts": [Attempt, …] }`,
 * each attempt exactly as the attempt store keeps it (seed and choices; the conversation is rebuilt by replay).
 *
 * Reading a file is all or nothing for the file itself: too large, not JSON, without the format marker, from
 * a newer Ruimte, or with any attempt that is not well-formed, and nothing changes (one clear reason). A
 * well-formed file is then merged attempt by attempt:
 * - an attempt already here (same scenario and id) is not doubled; the copy that got further wins;
 * - attempts of a scenario this Ruimte does not have, or of another version of it, are left out and counted:
 *   they could not be replayed here (the store drops other versions anyway), and keeping unknown keys would
 *   fill this browser's storage with data nothing shows. The report says how many were left out and why.
 * If storage refuses a write halfway, everything written by this import is undone.
 */
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { AttemptStore, ATTEMPTS_PREFIX, MAX_ATTEMPTS, isAttempt, peekAttempts, type Attempt } from './attempt-store.ts';
import type { ImportResult, TransferProblem } from '../../features/library/transfer-result.ts';
export type { ImportReport, ImportResult, TransferProblem } from '../../features/library/transfer-result.ts';
import { readStoredAttempts } from './progress-source.ts';

export const TRANSFER_FORMAT = 'ruimte-attempts';
export const TRANSFER_VERSION = 1;
/** Far above what the store can hold (40 attempts per scenario), far below what would hang a phone. */
export const MAX_TRANSFER_BYTES = 4 * 1024 * 1024;

export interface TransferFile {
  format: typeof TRANSFER_FORMAT;
  version: typeof TRANSFER_VERSION;
  exportedAt: string;
  attempts: Attempt[];
}

type Enumerable = Pick<Storage, 'getItem' | 'key' | 'length'>;

/** Every readable kept attempt, of every scenario and version, oldest first per scenario. */
export function collectAttempts(storage: Enumerable): Attempt[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(ATTEMPTS_PREFIX)) ids.push(key.slice(ATTEMPTS_PREFIX.length));
    }
  } catch {
    return [];
  }
  return ids.sort().flatMap((id) => readStoredAttempts(storage, id, undefined));
}

export function exportFile(attempts: readonly Attempt[], now: Date): { fileName: string; text: string } {
  const file: TransferFile = { format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exportedAt: now.toISOString(), attempts: [...attempts] };
  return { fileName: `ruimte-pogingen-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify(file, null, 1) };
}

/** Why a file was refused as a whole. */

export interface ImportPlan {
  ok: true;
  /** Attempts to add or replace, per scenario. */
  incoming: Attempt[];
  /** Already here and at least as far along: left as they are. */
  alreadyHere: number;
  /** Of scenarios this Ruimte does not have. */
  unknownScenario: number;
  /** Of another version of a scenario here. */
  otherVersion: number;
}

export type ImportCheck = ImportPlan | { ok: false; problem: TransferProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How far an attempt got: an ending beats none, then more choices. */
const progress = (a: Attempt) => (a.finishedAt !== null ? 1_000_000 : 0) + a.choices.length;

/**
 * Check a file's text against this Ruimte's scenarios (`known`: id → version) and the attempts already kept
 * (`existing`: scenario id → attempts). Pure: nothing is read or written.
 */
export function planImport(
  text: string,
  known: ReadonlyMap<string, number>,
  existing: (scenarioId: string) => readonly Attempt[],
): ImportCheck {
  if (text.length > MAX_TRANSFER_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isObject(parsed) || parsed.format !== TRANSFER_FORMAT) return { ok: false, problem: 'foreign' };
  if (typeof parsed.version !== 'number' || !Number.isInteger(parsed.version) || parsed.version < 1)
    return { ok: false, problem: 'damaged' };
  if (parsed.version > TRANSFER_VERSION) return { ok: false, problem: 'newer' };
  if (!Array.isArray(parsed.attempts) || !parsed.attempts.every(isAttempt)) return { ok: false, problem: 'damaged' };
  const attempts = parsed.attempts as Attempt[];
  if (attempts.length === 0) return { ok: false, problem: 'empty' };
  const plan: ImportPlan = { ok: true, incoming: [], alreadyHere: 0, unknownScenario: 0, otherVersion: 0 };
  const chosen = new Map<string, Attempt>();
  for (const a of attempts) {
    const version = known.get(a.scenarioId);
    if (version === undefined) plan.unknownScenario += 1;
    else if (a.scenarioVersion !== version) plan.otherVersion += 1;
    else {
      // A file may hold the same attempt twice (edited by hand, or two exports pasted): the furthest copy counts.
      const key = `${a.scenarioId}/${a.id}`;
      const before = chosen.get(key);
      if (before) plan.alreadyHere += 1;
      if (!before || progress(a) > progress(before)) chosen.set(key, a);
    }
  }
  for (const a of chosen.values()) {
    const here = existing(a.scenarioId).find((e) => e.id === a.id);
    if (here && progress(here) >= progress(a)) plan.alreadyHere += 1;
    else plan.incoming.push(a);
  }
  return plan;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Check a file and merge it into storage; on any failure storage is left exactly as it was. */
export function importAttempts(storage: Store, text: string, catalogue: readonly CatalogueEntry[]): ImportResult {
  const known = new Map<string, number>();
  for (const e of catalogue) if (e.ok && e.version !== undefined && !known.has(e.id)) known.set(e.id, e.version);
  const plan = planImport(text, known, (id) => readStoredAttempts(storage, id, known.get(id)));
  if (!plan.ok) return plan;
  const touched = [...new Set(plan.incoming.map((a) => a.scenarioId))];
  const before = new Map<string, string | null>();
  try {
    for (const id of touched) before.set(id, storage.getItem(ATTEMPTS_PREFIX + id));
  } catch {
    return { ok: false, problem: 'storage' };
  }
  const store = new AttemptStore(storage);
  const keptIds = (id: string) => new Set(peekAttempts(storage, id).map((a) => a.id));
  const beforeIds = new Map(touched.map((id) => [id, keptIds(id)]));
  const saved = [...plan.incoming].sort((a, b) => a.startedAt.localeCompare(b.startedAt)).every((a) => store.save(a));
  if (!saved) {
    for (const [id, raw] of before) {
      try {
        if (raw === null) storage.removeItem(ATTEMPTS_PREFIX + id);
        else storage.setItem(ATTEMPTS_PREFIX + id, raw);
      } catch {
        // Restoring the earlier text only shrinks what is stored; nothing better to do if even that fails.
      }
    }
    return { ok: false, problem: 'storage' };
  }
  // The store keeps MAX_ATTEMPTS per scenario: count what it had to let go, read in or kept here before, so the
  // message never claims more than is kept.
  let added = 0;
  let overLimit = 0;
  for (const id of touched) {
    const after = keptIds(id);
    const incoming = plan.incoming.filter((a) => a.scenarioId === id);
    added += incoming.filter((a) => after.has(a.id)).length;
    overLimit += incoming.filter((a) => !after.has(a.id)).length + [...beforeIds.get(id)!].filter((a) => !after.has(a)).length;
  }
  return {
    ok: true,
    added,
    overLimit,
    keptPerScenario: MAX_ATTEMPTS,
    alreadyHere: plan.alreadyHere,
    unknownScenario: plan.unknownScenario,
    otherVersion: plan.otherVersion,
  };
}

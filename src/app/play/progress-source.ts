/**
 * The kept attempts of every scenario in the catalogue, read for the library's progress and the debrief's
 * suggestion. Read-only on purpose: the attempt store repairs and trims a scenario's list when that scenario
 * is opened; the library only looks, so showing it never rewrites (or loses) anything. Reads through the
 * store's own `peekAttempts` (the same checks and migrations, nothing written back); anything unreadable is not counted.
 */
import { useState } from 'react';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { peekAttempts, type Attempt } from './attempt-store.ts';
import { browserStorage } from '../../features/shared/browser-storage.ts';

type Reader = Pick<Storage, 'getItem'>;

/** The readable attempts of one scenario version, oldest first; [] when there are none or storage fails. */
export function readStoredAttempts(storage: Reader, scenarioId: string, version: number | undefined): Attempt[] {
  return peekAttempts(storage, scenarioId).filter((a) => version === undefined || a.scenarioVersion === version);
}

export type StoredAttempts = ReadonlyMap<string, readonly Attempt[]>;

/** Per playable scenario, its kept attempts of the current version. */
export function storedAttempts(storage: Reader, catalogue: readonly CatalogueEntry[]): StoredAttempts {
  const out = new Map<string, Attempt[]>();
  for (const entry of catalogue)
    if (entry.ok && !out.has(entry.id)) out.set(entry.id, readStoredAttempts(storage, entry.id, entry.version));
  return out;
}

/** The kept attempts, read once when the screen mounts; null without storage (the prerendered library, a locked-down browser). */
export function useStoredAttempts(catalogue: readonly CatalogueEntry[]): StoredAttempts | null {
  const [attempts] = useState(() => {
    const storage = browserStorage();
    return storage ? storedAttempts(storage, catalogue) : null;
  });
  return attempts;
}

/** The scenarios this browser has played (at least one choice kept): the debrief's "what next" reads it. */
export function playedScenarios(catalogue: readonly CatalogueEntry[]): ReadonlySet<string> {
  const storage = browserStorage();
  const played = new Set<string>();
  if (!storage) return played;
  for (const [id, attempts] of storedAttempts(storage, catalogue)) if (attempts.some((a) => a.choices.length > 0)) played.add(id);
  return played;
}

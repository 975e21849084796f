/**
 * Reading kept attempts for the pages that show them (the attempts page, the debrief of a kept attempt). They
 * get the attempts as data; what they can do with one (resume, rewind, play again) goes through play requests.
 */
import type { ClientState, CompiledScenario } from '../../engine/index.ts';
import { stateOfAttempt } from './attempt-record.ts';
import { AttemptStore, type Attempt } from './attempt-store.ts';
import { loadNotice, type LoadNotice } from './play-opening.ts';

export interface KeptAttempts {
  /** Every kept attempt, oldest first, also those of an older scenario version (listed, not replayable). */
  attempts: Attempt[];
  /** What loading dropped (damaged attempts), if anything. */
  notice: LoadNotice | null;
}

export function loadKeptAttempts(scenario: CompiledScenario, storage: Storage | null): KeptAttempts {
  const loaded = new AttemptStore(storage).load(scenario.id, scenario.version);
  return { attempts: loaded.attempts, notice: loadNotice(loaded) };
}

export interface FoundAttempt {
  attempt: Attempt;
  state: ClientState;
  /** In storage (else only in this visit's memory: the screen must not claim it is kept). */
  stored: boolean;
}

/** One attempt with its conversation rebuilt: from storage, else from this visit's memory; null when gone or not replayable. */
export function findKeptAttempt(scenario: CompiledScenario, attemptId: string, storage: Storage | null): FoundAttempt | null {
  const kept = new AttemptStore(storage).find(scenario.id, scenario.version, attemptId);
  const state = kept ? stateOfAttempt(scenario, kept.attempt) : null;
  return kept && state ? { ...kept, state } : null;
}

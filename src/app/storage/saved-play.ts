/**
 * Where a play session comes from: the attempt a reload should continue, an attempt handed over by a rewind
 * from the debrief page, or a fresh start. Saved data that cannot be used is dropped here, with the reason the
 * screen shows; nothing stored can make this throw.
 */
import { newAttempt, stateOfAttempt } from '../../features/attempts/attempt-record.ts';
import type { Attempt, AttemptStore, LoadResult } from '../../features/attempts/attempt-store.ts';
import type { StorageNoticeKind } from '../../features/attempts/storage-notice.tsx';
import type { PlayHost } from '../play/play-host.ts';
import { replayRecord, resumeSession, startSession, type CompiledScenario, type Session } from '../../engine/index.ts';

export interface Play {
  session: Session;
  attempt: Attempt;
}

export type LoadNotice = StorageNoticeKind;

/** The notice for what loading dropped, if it dropped anything. */
export function loadNotice({ attempts, problem, dropped }: LoadResult): LoadNotice | null {
  if (problem === 'corrupt') return { kind: 'corrupt', count: dropped, kept: attempts.length };
  return problem ? { kind: problem } : null;
}

/** A fresh seed per attempt: every play can differ where the scenario allows chance; replays stay exact. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]!;
}

export function freshPlay(scenario: CompiledScenario, now: Date, seed: number = newSeed()): Play {
  const session = startSession(scenario, { seed });
  return { session, attempt: newAttempt(scenario, session.actor.getSnapshot().context, now) };
}

/**
 * An attempt waiting to be played, handed from one screen to the next in memory as well as through storage,
 * so a rewind from the debrief page works even when nothing can be saved.
 */
interface Handoff {
  attempt: Attempt;
  /** Set for a rewind: whether the attempt rewound from is in storage, so the notice may say it is kept. */
  rewound: { earlierKept: boolean } | null;
}

let handoff: Handoff | null = null;

export function handOver(attempt: Attempt, rewound: Handoff['rewound'] = null): void {
  handoff = { attempt, rewound };
}

/** Read without clearing: React may run a state initializer twice; the session clears it once it runs. */
function peekHandoff(scenarioId: string): Handoff | null {
  return handoff?.attempt.scenarioId === scenarioId ? handoff : null;
}

export function clearHandoff(attemptId: string): void {
  if (handoff?.attempt.id === attemptId) handoff = null;
}

/**
 * The attempt whose ending this tab last showed, per scenario. Going back from the debrief, or reloading at the
 * ending, shows that ending again; starting from the briefing or playing again forgets it. Kept in memory and,
 * where allowed, in sessionStorage (this tab only).
 */
const shownEndings = new Map<string, string>();
const ENDING_PREFIX = 'ruimte.ending.';

function tabStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function rememberEnding(scenarioId: string, attemptId: string): void {
  shownEndings.set(scenarioId, attemptId);
  try {
    tabStorage()?.setItem(ENDING_PREFIX + scenarioId, attemptId);
  } catch {
    // Memory is enough for this visit.
  }
}

export function forgetEnding(scenarioId: string): void {
  shownEndings.delete(scenarioId);
  try {
    tabStorage()?.removeItem(ENDING_PREFIX + scenarioId);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

function endingToShow(scenarioId: string): string | null {
  try {
    return shownEndings.get(scenarioId) ?? tabStorage()?.getItem(ENDING_PREFIX + scenarioId) ?? null;
  } catch {
    return shownEndings.get(scenarioId) ?? null;
  }
}

export interface Opened {
  play: Play;
  notice: LoadNotice | null;
  /** The attempt was read from storage (so it is saved already). */
  stored: boolean;
}

export function openPlay(scenario: CompiledScenario, store: AttemptStore, now: Date, host?: PlayHost): Opened {
  const kept = host?.savedProgress?.(scenario.id);
  if (kept) {
    // The host (an LMS launch) keeps this learner's progress; it wins over what this browser has.
    const replayed = replayRecord(scenario, kept);
    if (replayed.ok) {
      const attempt = { ...newAttempt(scenario, replayed.state, now), choices: [...kept.choices] };
      const notice: LoadNotice | null = replayed.state.turn > 0 && !replayed.state.ending ? { kind: 'resumed', turn: replayed.state.turn + 1 } : null;
      return { play: { session: resumeSession(scenario, replayed.state), attempt }, notice, stored: false };
    }
  }
  const handed = peekHandoff(scenario.id);
  if (handed) {
    const state = stateOfAttempt(scenario, handed.attempt);
    if (state && !state.ending) {
      const turn = state.turn + 1;
      const notice: LoadNotice = handed.rewound ? { kind: 'rewound', turn, kept: handed.rewound.earlierKept } : { kind: 'resumed', turn };
      return { play: { session: resumeSession(scenario, state), attempt: handed.attempt }, notice, stored: false };
    }
  }
  const loaded = store.load(scenario.id, scenario.version);
  const { attempts } = loaded;
  let notice: LoadNotice | null = loadNotice(loaded);
  const currentId = store.currentId(scenario.id);
  const showEnding = endingToShow(scenario.id);
  const current = attempts.find((a) => a.id === currentId && (a.finishedAt === null || a.id === showEnding));
  if (current) {
    const state = stateOfAttempt(scenario, current);
    if (state && state.ending) return { play: { session: resumeSession(scenario, state), attempt: current }, notice, stored: true };
    if (state) {
      const session = resumeSession(scenario, state);
      return { play: { session, attempt: current }, notice: state.turn > 0 ? { kind: 'resumed', turn: state.turn + 1 } : notice, stored: true };
    }
    if (!state) {
      // The scenario no longer accepts these choices: it changed since the attempt was saved.
      store.discard(scenario.id, scenario.version, [current.id]);
      notice = { kind: 'old' };
    }
  }
  return { play: freshPlay(scenario, now), notice, stored: false };
}

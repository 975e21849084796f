/**
 * Where a play comes from when the play page opens: a host's saved progress (an LMS launch), a request sent
 * by another screen (resume an attempt, rewind a kept one, start anew), the attempt a reload should continue,
 * or a fresh start. Pure apart from reading storage: what opening must change (discard an attempt that no
 * longer replays, mark the current attempt, forget a shown ending) is returned as `effects`, for the play flow
 * to carry out once it starts. Saved data that cannot be used is reported as a notice; nothing stored can make
 * this throw.
 */
import {
  startSession,
  type ClientState,
  type CompiledScenario,
  type Session,
  replayRecord,
  resumeSession,
  stateAfterChoices,
} from '../../engine/index.ts';
import type { StorageNoticeKind } from '../../features/attempts/storage-notice.tsx';
import { newAttempt, stateOfAttempt } from './attempt-record.ts';
import { isReplayable, type Attempt, type AttemptStore, type LoadResult } from './attempt-store.ts';
import type { EndingMemory } from './ending-memory.ts';
import type { PlayHost } from './play-host.ts';
import type { PlayRequest } from './play-requests.ts';

export interface Play {
  session: Session;
  attempt: Attempt;
}

export type LoadNotice = StorageNoticeKind;

/** The notice for what loading dropped, if it dropped anything. */
export function loadNotice({ attempts, problem, dropped }: LoadResult): LoadNotice | null {
  return problem === 'corrupt' ? { kind: 'corrupt', count: dropped, kept: attempts.length } : null;
}

/** A fresh seed per attempt: every play can differ where the scenario allows chance; replays stay exact. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]!;
}

/** How a new conversation starts: the player draws a fresh seed; the Lab starts at its chosen moment. */
export type Begin = (scenario: CompiledScenario) => Session;

export const beginFresh: Begin = (scenario) => startSession(scenario, { seed: newSeed() });

export function freshPlay(scenario: CompiledScenario, now: Date, begin: Begin = beginFresh): Play {
  const session = begin(scenario);
  return { session, attempt: newAttempt(scenario, session.actor.getSnapshot().context, now) };
}

/** What opening must change in storage and memory; carried out when the flow starts, once. */
export interface OpeningEffects {
  /** Attempts found to no longer replay on this scenario version. */
  discard: string[];
  /** The attempt a reload should continue from now on. */
  current: string | null;
  /** Forget the ending this tab showed: a new conversation, not the last one's ending, is what comes next. */
  forgetEnding: boolean;
}

export const NO_EFFECTS: OpeningEffects = { discard: [], current: null, forgetEnding: false };

export interface Opened {
  play: Play;
  notice: LoadNotice | null;
  /** The attempt was read from storage (so it is saved already). */
  stored: boolean;
  effects: OpeningEffects;
}

export interface OpenSources {
  scenario: CompiledScenario;
  /** Null: nothing is kept (the Lab's trial plays). */
  store: AttemptStore | null;
  host: PlayHost;
  endings: EndingMemory | null;
  /** The request another screen sent for this scenario, if any. */
  request: PlayRequest | null;
  now: Date;
  begin: Begin;
}

const resumed = (state: ClientState): LoadNotice => ({ kind: 'resumed', turn: state.turn + 1 });

function fresh(sources: OpenSources, notice: LoadNotice | null, effects: Partial<OpeningEffects> = {}): Opened {
  return { play: freshPlay(sources.scenario, sources.now, sources.begin), notice, stored: false, effects: { ...NO_EFFECTS, ...effects } };
}

/** Answer a request from another screen; null when it cannot be honoured (then opening goes on as usual). */
function fromRequest({ scenario, store, now }: OpenSources, request: PlayRequest): Opened | null {
  const forget = { ...NO_EFFECTS, forgetEnding: true };
  if (request.type === 'resume' || request.type === 'rewind') {
    const kept = store?.find(scenario.id, scenario.version, request.attemptId);
    const state = kept ? stateOfAttempt(scenario, kept.attempt) : null;
    if (!kept || !state) return null;
    if (request.type === 'resume') {
      if (state.ending) return null;
      const effects = { ...forget, current: kept.attempt.id };
      return {
        play: { session: resumeSession(scenario, state), attempt: kept.attempt },
        notice: resumed(state),
        stored: kept.stored,
        effects,
      };
    }
    const turn = Math.max(0, Math.min(request.turn, state.turn));
    const branchState = stateAfterChoices(scenario, state, turn);
    const branch = newAttempt(scenario, branchState, now, { attemptId: kept.attempt.id, turn });
    // The branch is saved as soon as the flow starts (a rewound branch is worth keeping before its first choice).
    const notice: LoadNotice = { kind: 'rewound', turn: turn + 1, kept: kept.stored };
    return { play: { session: resumeSession(scenario, branchState), attempt: branch }, notice, stored: false, effects: forget };
  }
  return null;
}

export function openPlay(sources: OpenSources): Opened {
  const { scenario, store, host, endings, request, now } = sources;
  const kept = host.savedProgress?.(scenario.id);
  if (kept) {
    // The host (an LMS launch) keeps this learner's progress; it wins over what this browser has.
    const replayed = replayRecord(scenario, kept);
    if (replayed.ok) {
      const attempt = { ...newAttempt(scenario, replayed.state, now), choices: [...kept.choices] };
      const notice: LoadNotice | null = replayed.state.turn > 0 && !replayed.state.ending ? resumed(replayed.state) : null;
      return { play: { session: resumeSession(scenario, replayed.state), attempt }, notice, stored: false, effects: NO_EFFECTS };
    }
  }
  if (request) {
    const answered = fromRequest(sources, request);
    if (answered) return answered;
    if (request.type === 'playAgain') return fresh(sources, null, { forgetEnding: true });
  }
  if (!store) return fresh(sources, null);
  const loaded = store.load(scenario.id, scenario.version);
  const notice = loadNotice(loaded);
  // "Start" from the briefing means a new conversation: the ending shown last is not shown again.
  const forgetEnding = request !== null;
  const showEnding = forgetEnding ? null : (endings?.shown(scenario.id) ?? null);
  const currentId = store.currentId(scenario.id);
  const current = loaded.attempts.find((a) => a.id === currentId && (a.finishedAt === null || a.id === showEnding));
  if (!current) return fresh(sources, notice, { forgetEnding });
  if (!isReplayable(current, scenario.version)) {
    // Played on an older version of the scenario: it stays on the attempts page, a new conversation starts.
    return fresh(sources, notice ?? { kind: 'outdated' }, { forgetEnding });
  }
  const state = stateOfAttempt(scenario, current);
  if (!state) {
    // Same version, yet the choices no longer replay: the scenario changed without a new version number.
    return fresh(sources, { kind: 'old' }, { forgetEnding, discard: [current.id] });
  }
  const effects = { ...NO_EFFECTS, forgetEnding };
  const session = resumeSession(scenario, state);
  if (state.ending) return { play: { session, attempt: current }, notice, stored: true, effects };
  return { play: { session, attempt: current }, notice: state.turn > 0 ? resumed(state) : notice, stored: true, effects };
}

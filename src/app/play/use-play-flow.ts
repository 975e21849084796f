/**
 * The play flow (play-flow.machine.ts) for a React screen: the player's PlaySession and the Lab's trial play
 * both use it, the Lab with options (nothing kept, its own start). The actor is created once per mount and
 * started after the first render, so a flow React discards (StrictMode) never writes anything.
 */
import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { createActor } from 'xstate';
import type { CompiledScenario, Session } from '../../engine/index.ts';
import { AttemptStore } from './attempt-store.ts';
import { tabEndings } from './ending-memory.ts';
import { DEFAULT_HOST, usePlayHost } from './play-host.ts';
import { beginFresh, type Begin, type LoadNotice } from './play-opening.ts';
import { playFlowMachine, type PlayFlowInput, type PlayFlowState } from './play-flow.machine.ts';
import { pageRequests } from './play-requests.ts';

export interface PlayFlowOptions {
  /**
   * Where attempts are kept: a Storage (the browser's localStorage), null when storage is switched off (play
   * goes on, the attempt lives in memory for this visit), or false to keep nothing at all (the Lab).
   */
  storage: Storage | null | false;
  /** How a new conversation starts; defaults to a fresh seed at the scenario's start. */
  begin?: Begin;
  now?: () => Date;
}

export interface PlayFlow {
  state: PlayFlowState;
  session: Session;
  attemptId: string;
  /** Bumped for every new attempt, so screens remount with fresh focus. */
  generation: number;
  notice: LoadNotice | null;
  /** True once a save failed: the screen says so, play goes on. */
  storageFailed: boolean;
  /** True when the current attempt is in storage (so pages that read storage can show it). */
  saved: boolean;
  playAgain: () => void;
  rewind: (kept: number) => void;
  showDebrief: () => void;
}

const defaultNow = () => new Date();

export function usePlayFlow(scenario: CompiledScenario, { storage, begin = beginFresh, now = defaultNow }: PlayFlowOptions): PlayFlow {
  const pageHost = usePlayHost();
  const keep = storage !== false;
  const [actor] = useState(() => {
    const input: PlayFlowInput = {
      scenario,
      store: keep ? new AttemptStore(storage) : null,
      // A trial play in the Lab is nobody's attempt: no observer hears of it, no ending comes back after a reload.
      host: keep ? pageHost : DEFAULT_HOST,
      endings: keep ? tabEndings : null,
      requests: keep ? pageRequests : null,
      now,
      begin,
    };
    return createActor(playFlowMachine, { input });
  });
  // Not stopped on unmount: StrictMode unmounts and mounts again, and a stopped actor cannot restart. Nothing
  // outlives the page but a subscription to this play's own conversation.
  useEffect(() => void actor.start(), [actor]);
  const snapshot = useSelector(actor, (s) => s);
  const { context } = snapshot;
  const state: PlayFlowState = snapshot.matches({ running: 'debrief' })
    ? 'debrief'
    : snapshot.matches({ running: 'ended' })
      ? 'ended'
      : 'playing';
  const actions = useMemo(
    () => ({
      playAgain: () => actor.send({ type: 'playAgain' }),
      rewind: (kept: number) => actor.send({ type: 'rewind', turn: kept }),
      showDebrief: () => actor.send({ type: 'showDebrief' }),
    }),
    [actor],
  );
  return {
    state,
    session: context.session,
    attemptId: context.attempt.id,
    generation: context.generation,
    notice: context.notice,
    storageFailed: context.storageFailed,
    saved: context.saved,
    ...actions,
  };
}

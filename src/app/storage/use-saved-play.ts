/**
 * A play session that saves itself: after every turn (and right away for a rewound branch) the attempt is
 * written to the attempt store. A failed write never stops play; it is reported once through `storageFailed`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { newAttempt, withState } from '../../features/attempts/attempt-record.ts';
import { AttemptStore } from '../../features/attempts/attempt-store.ts';
import { rewindSession, stateOf, type ClientState, type CompiledScenario } from '../../engine/index.ts';
import { notifyObservers, usePlayHost } from '../play/play-host.ts';
import { clearHandoff, forgetEnding, freshPlay, openPlay, rememberEnding, type LoadNotice, type Play } from './saved-play.ts';

export interface SavedPlay {
  play: Play;
  /** Bumped for every new attempt, so screens remount with fresh focus. */
  generation: number;
  notice: LoadNotice | null;
  /** True once a save failed: the screen says so, play goes on. */
  storageFailed: boolean;
  /** True when the current attempt is in storage (so pages that read storage can show it). */
  saved: boolean;
  playAgain: () => void;
  rewind: (kept: number) => void;
}

export function useSavedPlay(scenario: CompiledScenario, storage: Storage | null, now: () => Date = () => new Date()): SavedPlay {
  const host = usePlayHost();
  const store = useMemo(() => new AttemptStore(storage), [storage]);
  const [{ play, notice, generation, stored }, setPlay] = useState(() => ({ ...openPlay(scenario, store, now(), host), generation: 0 }));
  const [storageFailed, setStorageFailed] = useState(false);
  const [saved, setSaved] = useState(stored);
  const nowRef = useRef(now);

  useEffect(() => {
    clearHandoff(play.attempt.id);
    let attempt = play.attempt;
    let lastTurn = -1;
    const save = (state: ClientState) => {
      if (state.turn === lastTurn) return;
      const explanation = state.explanations[state.explanations.length - 1];
      const event = { scenario, attemptId: attempt.id, state };
      if (lastTurn === -1) notifyObservers(host, 'started', { ...event, resumed: state.turn > 0 });
      else if (explanation) notifyObservers(host, 'turn', { ...event, explanation });
      if (state.ending && lastTurn !== -1) notifyObservers(host, 'ended', event);
      lastTurn = state.turn;
      attempt = withState(attempt, scenario, state, nowRef.current());
      // An untouched fresh start is not worth keeping; a rewound branch is (the debrief page hands it over).
      if (attempt.choices.length === 0 && attempt.branchOf === null) return;
      if (state.ending) rememberEnding(scenario.id, attempt.id);
      const ok = store.save(attempt) && store.setCurrent(scenario.id, attempt.id);
      setSaved(ok);
      if (!ok) setStorageFailed(true);
    };
    save(stateOf(play.session));
    const subscription = play.session.actor.subscribe((snapshot) => save(snapshot.context));
    return () => subscription.unsubscribe();
  }, [play, scenario, store, host]);

  const next = (nextPlay: Play, nextNotice: LoadNotice | null = null) => {
    forgetEnding(scenario.id);
    setSaved(false);
    setPlay((current) => ({ play: nextPlay, notice: nextNotice, generation: current.generation + 1, stored: false }));
  };

  return {
    play,
    generation,
    notice,
    storageFailed,
    saved,
    playAgain: () => next(freshPlay(scenario, nowRef.current())),
    rewind: (kept: number) => {
      const session = rewindSession(play.session, kept);
      const attempt = newAttempt(scenario, stateOf(session), nowRef.current(), { attemptId: play.attempt.id, turn: kept });
      // Only an attempt that reached storage is kept; otherwise the notice must not say so.
      next({ session, attempt }, { kind: 'rewound', turn: kept + 1, kept: saved });
    },
  };
}

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { stateOf, type Session } from '../../engine/index.ts';
import { afterNextPaint } from '../shared/after-paint.ts';
import { chooseOption } from './session-actions.ts';

/** A choice made on screen whose turn has not been taken yet. */
export interface PendingChoice {
  optionId: string;
  /** The turn the choice was made at: once the conversation has moved past it, the choice is no longer pending. */
  turn: number;
}

export interface DeferredChoice {
  pending: PendingChoice | null;
  /** Choose an option; ignored while another choice is pending (never two turns from one moment). */
  choose: (optionId: string) => void;
}

/**
 * A choice in two steps, so the click is answered at once: first only the choice is marked (the chosen option
 * stands out, the options stop taking choices), and that is painted; the turn itself (the engine, saving the
 * attempt, the client's reply and the new options) follows in a task right after that paint.
 *
 * A second click or key press while a choice is pending is ignored. Unmounting (leaving the page, a rewind,
 * "play again") or a new session cancels a pending choice: its turn is never taken. `onTurn` is called when a
 * turn was taken, before the screen renders it (so it can, say, move focus to the next options).
 */
export function useDeferredChoice(session: Session, onTurn: () => void): DeferredChoice {
  const [pending, setPending] = useState<PendingChoice | null>(null);
  const cancelPending = useRef<(() => void) | null>(null);
  const latestOnTurn = useRef(onTurn);
  useLayoutEffect(() => {
    latestOnTurn.current = onTurn;
  });

  useEffect(
    () => () => {
      if (!cancelPending.current) return;
      cancelPending.current();
      cancelPending.current = null;
      setPending(null);
    },
    [session],
  );

  const choose = useCallback(
    (optionId: string) => {
      if (cancelPending.current) return;
      setPending({ optionId, turn: stateOf(session).turn });
      cancelPending.current = afterNextPaint(() => {
        cancelPending.current = null;
        // One render for the turn and the end of the pending choice: the line is never shown twice.
        flushSync(() => {
          if (chooseOption(session, optionId)) latestOnTurn.current();
          setPending(null);
        });
      });
    },
    [session],
  );

  return { pending, choose };
}

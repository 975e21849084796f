import { createContext } from 'react';

/**
 * A pause for the glides (use-glide.ts) while something more important is on its way to the screen.
 *
 * A choice made while the face or the door is still gliding from the last reply: the frame that marks the
 * chosen option would also redraw the drawings, and each further frame of the glide would be drawn before the
 * turn's task gets its turn. While held, a glide draws nothing and asks for no frames; released, it goes on
 * from where it stood (its clock paused too), after the next paint. The screen holds the glides from a choice
 * until the reply is there, one frame and a task.
 */
export interface GlideHold {
  readonly held: boolean;
  hold(): void;
  release(): void;
  /** Calls `listener` once, at the next release. Returns a function that unsubscribes it. */
  onRelease(listener: () => void): () => void;
}

export function createGlideHold(): GlideHold {
  let held = false;
  let listeners: (() => void)[] = [];
  return {
    get held() {
      return held;
    },
    hold() {
      held = true;
    },
    release() {
      if (!held) return;
      held = false;
      const waiting = listeners;
      listeners = [];
      waiting.forEach((listener) => listener());
    },
    onRelease(listener) {
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((other) => other !== listener);
      };
    },
  };
}

/** Never held: glides outside a conversation (the ending scene) always run. */
const NEVER: GlideHold = { held: false, hold() {}, release() {}, onRelease: () => () => {} };

export const GlideHoldContext = createContext<GlideHold>(NEVER);

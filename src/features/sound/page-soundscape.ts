/**
 * One soundscape per page (howler is a page-wide singleton too), loaded after the first user gesture, and the
 * page's single sound warning: whatever fails, the console hears about it once.
 */
import { createSoundscape, type Soundscape } from './soundscape.ts';

/** A warn function that speaks once, then stays quiet. */
export function createWarnOnce(sink: (message: string, detail?: unknown) => void = console.warn) {
  let warned = false;
  return (message: string, detail?: unknown) => {
    if (warned) return;
    warned = true;
    if (detail === undefined) sink(message);
    else sink(message, detail);
  };
}

let page: Soundscape | null = null;
let gestureSeen = false;

/** Called from a control's event handler: that event is a user gesture, so audio may start now. */
export function noteUserGesture(): void {
  gestureSeen = true;
}

export function pageSoundscape(): Soundscape {
  page ??= createSoundscape({
    load: () => import('./howler-audio.ts').then((module) => module.loadHowlerAudio()),
    warn: createWarnOnce(),
  });
  return page;
}

/**
 * Run `action` once the user has interacted with the page (browsers block audio before that). Returns a
 * cancel function. A click on the sound switch itself counts, so turning sound on starts it at once.
 */
export function afterFirstGesture(action: () => void): () => void {
  const activation = (globalThis.navigator as (Navigator & { userActivation?: { hasBeenActive: boolean } }) | undefined)?.userActivation;
  if (gestureSeen || activation?.hasBeenActive) {
    action();
    return () => {};
  }
  const events = ['pointerdown', 'keydown', 'touchend'] as const;
  const run = () => {
    gestureSeen = true;
    cancel();
    action();
  };
  const cancel = () => events.forEach((type) => document.removeEventListener(type, run, true));
  events.forEach((type) => document.addEventListener(type, run, true));
  return cancel;
}

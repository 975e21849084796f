/**
 * Check the editor's text, one check at a time: while a check runs, only the newest text waits for the next
 * one. The check runs in a worker, so it starts at once (no pause after typing): the queue already keeps
 * fast typing from piling up checks, and the diagnostics follow the keystroke as soon as the check allows.
 * The result always says which text it belongs to.
 *
 * `checkNow` hands a new text to the worker straight from the editor's change, before the editor draws the
 * keystroke: the worker (a thread of its own) then checks while the page is still busy drawing, instead of
 * after it. The effect below still checks a text the page hands in (the first one, a loaded file) and checks
 * the newest text again when the English table changes.
 *
 * A keystroke does not render the page: whether the newest text is checked yet is a small store of its own
 * (`progress`, read with `useLabPending`), so only the line that says "checking again" is drawn again for
 * it. The page renders when an answer comes back.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { LabCheck } from './lab-check.ts';
import type { LabService } from './lab-service.ts';

/** Whether the newest text handed to the checker has been checked yet, as a store React can subscribe to. */
export interface LabCheckProgress {
  subscribe(listener: () => void): () => void;
  pending(): boolean;
}

export interface LabCheckState {
  check: LabCheck | null;
  /** The text `check` is for. */
  checkedText: string | null;
  /** `check` is for the newest text asked when it came back (not an older text that was still running). */
  newest: boolean;
  /**
   * The newest check that compiled, kept while the text has errors (the graph shows it, marked as such);
   * kept with the answer itself, so an answer is one render of the page.
   */
  lastGood: { scenario: NonNullable<LabCheck['scenario']>; places: LabCheck['places'] } | null;
  /** Forget `lastGood` (another file is opened: the last good graph of the one before says nothing about it). */
  forgetGood: () => void;
  failed: string | null;
  /** Check this text (the editor's, just changed) as soon as the worker is free. */
  checkNow: (text: string) => void;
  /** The newest text handed to the checker, checked or not (what the editor holds). */
  latestText: () => string;
  progress: LabCheckProgress;
}

type Job = { text: string; translation: string | null; n: number };

/**
 * `text`: a text the page hands in (the first one, a loaded file); typing goes through `checkNow`.
 * `onAnswer`: called with each answer just before the page renders it (the editor draws its underlines then,
 * while the rest of the page is still laid out: see lab-page.tsx).
 */
export function useLabCheck(
  service: LabService,
  text: string,
  translation: string | null,
  onAnswer?: (check: LabCheck) => void,
): LabCheckState {
  const [state, setState] = useState<Pick<LabCheckState, 'check' | 'checkedText' | 'newest' | 'failed' | 'lastGood'>>({
    check: null,
    checkedText: null,
    newest: false,
    failed: null,
    lastGood: null,
  });
  const running = useRef(false);
  const waiting = useRef<Job | null>(null);
  /** The newest job handed to the worker (or waiting for it); `n` counts them. */
  const asked = useRef<Job | null>(null);
  /** The number of the newest job answered. */
  const answered = useRef(0);
  const alive = useRef(true);
  const latest = useRef({ service, translation, onAnswer });
  const [progress] = useState(() => createProgress(() => asked.current !== null && asked.current.n !== answered.current));

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    latest.current = { service, translation, onAnswer };
  }, [service, translation, onAnswer]);

  const run = useCallback(async () => {
    const job = waiting.current;
    if (!job || running.current) return;
    waiting.current = null;
    running.current = true;
    try {
      const check = await latest.current.service.check(job.text, job.translation);
      if (alive.current) {
        const newest = job.n === asked.current?.n;
        if (newest) answered.current = job.n;
        latest.current.onAnswer?.(check);
        // One render for the answer and the end of "checking again", drawn at once (not after a frame more):
        // the list never says "checked" over the issues of the text before.
        flushSync(() => {
          setState((s) => ({
            check,
            checkedText: job.text,
            newest,
            failed: null,
            lastGood: newest && check.scenario ? { scenario: check.scenario, places: check.places } : s.lastGood,
          }));
          if (newest) progress.changed();
        });
      }
    } catch (error) {
      if (alive.current) setState((s) => ({ ...s, failed: error instanceof Error ? error.message : String(error) }));
    } finally {
      running.current = false;
      if (waiting.current && alive.current) void run();
    }
  }, [progress]);

  const ask = useCallback(
    (text: string, translation: string | null, now = false) => {
      const job = { text, translation, n: (asked.current?.n ?? 0) + 1 };
      waiting.current = job;
      asked.current = job;
      // The worker first, then the line that says "checking again". From the editor (`now`) that line is
      // drawn at once, before the editor draws the keystroke: the browser then lays out the page once for
      // both (when the editor reads its selection back), instead of again for the line in the next frame.
      void run();
      if (now) flushSync(() => progress.changed());
      else progress.changed();
    },
    [run, progress],
  );

  const checkNow = useCallback((next: string) => ask(next, latest.current.translation, true), [ask]);
  const latestText = useCallback(() => asked.current?.text ?? text, [text]);

  // The text the page handed in last: a new one is checked (unless checkNow already asked for it); the same
  // one again (only the English table changed) means the newest text, with the new table.
  const handed = useRef<string | null>(null);
  useEffect(() => {
    const fresh = handed.current !== text;
    handed.current = text;
    const want = fresh ? text : (asked.current?.text ?? text);
    const last = asked.current;
    if (last && last.text === want && last.translation === translation) return;
    ask(want, translation);
  }, [service, text, translation, ask]);

  const forgetGood = useCallback(() => setState((s) => ({ ...s, lastGood: null })), []);

  return { ...state, checkNow, latestText, progress, forgetGood };
}

/** Whether the editor's text, read for React without rendering the page on every keystroke, waits for a check. */
export function useLabPending(progress: LabCheckProgress): boolean {
  return useSyncExternalStore(progress.subscribe, progress.pending);
}

function createProgress(pending: () => boolean): LabCheckProgress & { changed(): void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pending,
    changed() {
      for (const listener of listeners) listener();
    },
  };
}

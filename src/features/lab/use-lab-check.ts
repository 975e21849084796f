/**
 * Check the editor's text, one check at a time: while a check runs, only the newest text waits for the next
 * one. The check runs in a worker, so it starts at once (no pause after typing): the queue already keeps
 * fast typing from piling up checks, and the diagnostics follow the keystroke as soon as the check allows.
 * The result always says which text it belongs to.
 *
 * `checkNow` hands a new text to the worker straight from the editor's change, before the page draws the
 * keystroke: the worker (a thread of its own) then checks while the page is still busy drawing, instead of
 * after it. The effect below still checks every text the page shows (a loaded file, a new English table).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabCheck } from './lab-check.ts';
import type { LabService } from './lab-service.ts';

export interface LabCheckState {
  check: LabCheck | null;
  /** The text `check` is for. */
  checkedText: string | null;
  /** The text on screen has not been checked yet. */
  pending: boolean;
  failed: string | null;
  /** Check this text (the editor's, just changed) as soon as the worker is free. */
  checkNow: (text: string) => void;
}

type Job = { text: string; translation: string | null };

export function useLabCheck(service: LabService, text: string, translation: string | null, delay = 0): LabCheckState {
  const [state, setState] = useState<Omit<LabCheckState, 'pending' | 'checkNow'> & { checkedKey: string | null }>({
    check: null,
    checkedText: null,
    checkedKey: null,
    failed: null,
  });
  const running = useRef(false);
  const waiting = useRef<Job | null>(null);
  /** The newest text handed to the worker (or waiting for it), as `keyOf`. */
  const asked = useRef<string | null>(null);
  const alive = useRef(true);
  const latest = useRef({ service, translation, delay });

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    latest.current = { service, translation, delay };
  }, [service, translation, delay]);

  const run = useCallback(async () => {
    const job = waiting.current;
    if (!job || running.current) return;
    waiting.current = null;
    running.current = true;
    try {
      const check = await latest.current.service.check(job.text, job.translation);
      if (alive.current) setState({ check, checkedText: job.text, checkedKey: keyOf(job.text, job.translation), failed: null });
    } catch (error) {
      if (alive.current) setState((s) => ({ ...s, failed: error instanceof Error ? error.message : String(error) }));
    } finally {
      running.current = false;
      if (waiting.current && alive.current) void run();
    }
  }, []);

  const ask = useCallback(
    (job: Job) => {
      waiting.current = job;
      asked.current = keyOf(job.text, job.translation);
      void run();
    },
    [run],
  );

  const checkNow = useCallback(
    (next: string) => {
      if (latest.current.delay <= 0) ask({ text: next, translation: latest.current.translation });
    },
    [ask],
  );

  useEffect(() => {
    // Already asked by checkNow (or by this effect before): no second check of the same text.
    if (asked.current === keyOf(text, translation)) return;
    if (delay <= 0) {
      ask({ text, translation });
      return;
    }
    const timer = setTimeout(() => ask({ text, translation }), delay);
    return () => clearTimeout(timer);
  }, [service, text, translation, delay, ask]);

  return {
    check: state.check,
    checkedText: state.checkedText,
    failed: state.failed,
    pending: state.checkedKey !== keyOf(text, translation),
    checkNow,
  };
}

function keyOf(text: string, translation: string | null): string {
  return `${translation?.length ?? -1}:${translation ?? ''}\u0000${text}`;
}

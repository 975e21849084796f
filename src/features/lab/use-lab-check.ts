/**
 * Check the editor's text, one check at a time: while a check runs, only the newest text waits for the next
 * one. The check runs in a worker, so it starts at once (no pause after typing): the queue already keeps
 * fast typing from piling up checks, and the diagnostics follow the keystroke as soon as the check allows.
 * The result always says which text it belongs to.
 */
import { useEffect, useRef, useState } from 'react';
import type { LabCheck } from './lab-check.ts';
import type { LabService } from './lab-service.ts';

export interface LabCheckState {
  check: LabCheck | null;
  /** The text `check` is for. */
  checkedText: string | null;
  /** The text on screen has not been checked yet. */
  pending: boolean;
  failed: string | null;
}

export function useLabCheck(service: LabService, text: string, translation: string | null, delay = 0): LabCheckState {
  const [state, setState] = useState<Omit<LabCheckState, 'pending'> & { checkedKey: string | null }>({
    check: null,
    checkedText: null,
    checkedKey: null,
    failed: null,
  });
  const running = useRef(false);
  const waiting = useRef<{ text: string; translation: string | null } | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    const run = async () => {
      const job = waiting.current;
      if (!job || running.current) return;
      waiting.current = null;
      running.current = true;
      try {
        const check = await service.check(job.text, job.translation);
        if (alive.current) setState({ check, checkedText: job.text, checkedKey: keyOf(job.text, job.translation), failed: null });
      } catch (error) {
        if (alive.current) setState((s) => ({ ...s, failed: error instanceof Error ? error.message : String(error) }));
      } finally {
        running.current = false;
        if (waiting.current && alive.current) void run();
      }
    };
    const start = () => {
      waiting.current = { text, translation };
      void run();
    };
    if (delay <= 0) {
      start();
      return;
    }
    const timer = setTimeout(start, delay);
    return () => clearTimeout(timer);
  }, [service, text, translation, delay]);

  return {
    check: state.check,
    checkedText: state.checkedText,
    failed: state.failed,
    pending: state.checkedKey !== keyOf(text, translation),
  };
}

function keyOf(text: string, translation: string | null): string {
  return `${translation?.length ?? -1}:${translation ?? ''}\u0000${text}`;
}

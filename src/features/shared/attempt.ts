/**
 * The shape of one kept attempt: what the app's attempt store saves (src/app/play/attempt-store.ts) and what
 * screens that list attempts read. Defined here, with the screens, so features need not import the app.
 */
import type { FinalMode } from '../../engine/index.ts';

export interface AttemptSummary {
  endingId: string | null;
  mode: FinalMode;
  turns: number;
  /** Facts learned accurately. */
  disclosed: number;
  /** Expected share of agreements remembered, 0–1. */
  recall: number;
}

export interface Attempt {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  choices: string[];
  startedAt: string;
  finishedAt: string | null;
  /** Set when this attempt was started by rewinding another one to the moment before choice `turn` (0-based). */
  branchOf: { attemptId: string; turn: number } | null;
  summary: AttemptSummary | null;
}

/**
 * The "bewijs van deelname" (certificate of participation): which scenario, when, how it ended and which
 * habits of the checklist the trainee showed. It records taking part, not a grade. Pure.
 */
import type { ChecklistItem, ChecklistResult, FinalMode, Lang } from '../../engine/index.ts';
import type { Localized } from '../shared/localized.ts';

export interface CertificateView {
  scenario: Localized;
  /** Formatted for the language ("3 december 2026"). */
  date: string;
  ending: Localized | null;
  mode: FinalMode;
  turns: number;
  /** Habits the scenario offered and the trainee showed, in checklist order. */
  habits: ChecklistItem[];
}

export function certificateView(
  scenario: Localized,
  outcome: { ending: Localized | null; mode: FinalMode; turns: number },
  checklist: readonly ChecklistResult[],
  date: Date,
  lang: Lang,
): CertificateView {
  return {
    scenario,
    date: new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(date),
    ending: outcome.ending,
    mode: outcome.mode,
    turns: outcome.turns,
    habits: checklist.filter((c) => c.applicable && c.done).map((c) => c.item),
  };
}

/**
 * The day to print: when the conversation ended (an ISO date from the kept attempt), or `today` for one that
 * just ended or whose date cannot be read.
 */
export function playedOn(finishedAt: string | null, today: Date): Date {
  const date = finishedAt === null ? null : new Date(finishedAt);
  return date && !Number.isNaN(date.getTime()) ? date : today;
}

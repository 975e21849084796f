/**
 * What the library says about a scenario's kept attempts: played or not, the best outcome so far and when.
 * Pure: the attempts come in (app/play/progress-source.ts reads them), the catalogue entry names the endings.
 * "Best" uses the engine's order of outcomes (ending first, authors list the best ending first; then mode,
 * facts, recall), so the library, the attempts page and the debrief agree on what counts as better.
 */
import { compareOutcomes, type CompiledEnding, type FinalMode, type Lang } from '../../engine/index.ts';
// The value comes from its module: through engine/index.ts the library (first download) would also pull in
// persistence.ts, whose zod schemas are built at load and cannot be tree-shaken (about 40 KB gzipped).

import type { CatalogueEntry } from '../../content/catalogue.ts';
import type { Attempt, AttemptSummary } from '../shared/attempt.ts';
import { localizedPair, type Localized } from '../shared/localized.ts';

export interface BestOutcome {
  endingId: string | null;
  /** The ending's title; null when the ending is no longer in the scenario. */
  ending: Localized | null;
  mode: FinalMode;
  /** When that attempt ended (ISO). */
  at: string;
}

export interface ScenarioProgress {
  /** Attempts with at least one choice. */
  played: number;
  /** Attempts that reached an ending. */
  finished: number;
  /** The most recent moment anything happened in an attempt (ISO); null when never played. */
  lastPlayedAt: string | null;
  best: BestOutcome | null;
}

export const NOT_PLAYED: ScenarioProgress = { played: 0, finished: 0, lastPlayedAt: null, best: null };

/** The ranking the engine needs from an ending; the catalogue has no texts or conditions, and ranking needs none. */
function rankable(entry: Pick<CatalogueEntry, 'endings'>): { endings: CompiledEnding[] } {
  return { endings: (entry.endings ?? []).map((e) => ({ id: e.id, walkOut: e.walkOut, title: e.title, text: '', when: null })) };
}

const comparable = (s: AttemptSummary) => ({
  endingId: s.endingId,
  mode: s.mode,
  disclosed: Array.from({ length: s.disclosed }, String),
  recall: s.recall,
});

/** The best finished attempt by the engine's order; of equals, the earliest (the first time it was reached). */
export function bestAttempt(entry: Pick<CatalogueEntry, 'endings'>, attempts: readonly Attempt[]): Attempt | null {
  const scenario = rankable(entry);
  let best: Attempt | null = null;
  for (const a of attempts) {
    if (!a.summary || a.finishedAt === null) continue;
    if (!best || compareOutcomes(comparable(a.summary), comparable(best.summary!), scenario) > 0) best = a;
  }
  return best;
}

export function progressOf(entry: Pick<CatalogueEntry, 'endings'>, attempts: readonly Attempt[], lang: Lang): ScenarioProgress {
  const played = attempts.filter((a) => a.choices.length > 0);
  if (played.length === 0) return NOT_PLAYED;
  const last = played
    .map((a) => a.finishedAt ?? a.startedAt)
    .sort()
    .at(-1)!;
  const best = bestAttempt(entry, played);
  const ending = best?.summary?.endingId ? entry.endings?.find((e) => e.id === best.summary!.endingId) : undefined;
  return {
    played: played.length,
    finished: played.filter((a) => a.finishedAt !== null).length,
    lastPlayedAt: last,
    best:
      best && best.summary
        ? {
            endingId: best.summary.endingId,
            ending: ending ? localizedPair(ending.title, ending.titleEn, lang) : null,
            mode: best.summary.mode,
            at: best.finishedAt!,
          }
        : null,
  };
}

/** A date as the language writes it ("3 dec 2026"); the raw text when it is not a date. */
export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(date);
}

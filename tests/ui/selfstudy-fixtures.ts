/** Attempts of the test scenario played by the real engine, and catalogue entries with progress fields. */
import { replay, selectOutcome } from '../../src/engine/index.ts';
import type { Attempt } from '../../src/app/play/attempt-store.ts';
import type { CatalogueEntry } from '../../src/app/scenario-source.ts';
import { debtEntry, fixture, playableEntry } from './fixtures.ts';

export function playedAttempt(id: string, choices: string[], startedAt: string, extra: Partial<Attempt> = {}): Attempt {
  const state = replay(fixture, choices, { seed: 5 });
  const ended = state.ending !== null;
  const outcome = selectOutcome(fixture, state);
  return {
    id,
    scenarioId: fixture.id,
    scenarioVersion: fixture.version,
    seed: 5,
    choices,
    startedAt,
    finishedAt: ended ? startedAt : null,
    branchOf: null,
    summary: ended
      ? {
          endingId: outcome.endingId,
          mode: outcome.mode,
          turns: outcome.turns,
          disclosed: outcome.disclosed.length,
          recall: outcome.recall,
        }
      : null,
    ...extra,
  };
}

export const goodAttempt = playedAttempt('a-1', ['welkom', 'huur-vragen', 'opschrijven'], '2026-03-01T09:00:00.000Z');
export const poorAttempt = playedAttempt('b-2', ['papieren', 'reflectie', 'snel'], '2026-03-02T10:00:00.000Z');
export const openAttempt = playedAttempt('c-3', ['welkom'], '2026-03-03T11:00:00.000Z');

/** The test scenario as the build's catalogue describes it: with its version, endings and path fields. */
export const welcomeEntry: CatalogueEntry = {
  ...playableEntry,
  version: fixture.version,
  startHere: true,
  trains: ['asked-about-stress', 'wrote-agreements-down'],
  endings: fixture.endings.map((e) => ({
    id: e.id,
    walkOut: e.walkOut,
    title: fixture.lines[e.title]!.nl,
    titleEn: fixture.lines[e.title]!.en,
  })),
};

export const debtPathEntry: CatalogueEntry = { ...debtEntry, version: 1, trains: ['plain-language', 'no-threats'], endings: [] };

export const pathCatalogue: CatalogueEntry[] = [debtPathEntry, welcomeEntry];

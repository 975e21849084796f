/** The library's progress per scenario (pure) and the read-only source that feeds it. */
import { describe, expect, it } from 'vitest';
import { readStoredAttempts, storedAttempts } from '../../src/app/play/progress-source.ts';
import { AttemptStore, ATTEMPTS_PREFIX } from '../../src/app/play/attempt-store.ts';
import { libraryPath } from '../../src/features/library/library.view.ts';
import { bestAttempt, formatDay, NOT_PLAYED, progressOf } from '../../src/features/library/progress.view.ts';
import { brokenEntry } from './fixtures.ts';
import { goodAttempt, openAttempt, pathCatalogue, poorAttempt, welcomeEntry } from './selfstudy-fixtures.ts';

describe('progress of a scenario', () => {
  it('is "not played" without attempts, or with only attempts that made no choice', () => {
    expect(progressOf(welcomeEntry, [], 'nl')).toEqual(NOT_PLAYED);
    expect(progressOf(welcomeEntry, [{ ...openAttempt, choices: [] }], 'nl')).toEqual(NOT_PLAYED);
  });

  it('names the best ending by the engine order, whatever order the attempts were played in', () => {
    expect(goodAttempt.summary?.endingId).toBe('goed');
    expect(poorAttempt.summary?.endingId).not.toBe('goed');
    for (const attempts of [
      [goodAttempt, poorAttempt],
      [poorAttempt, goodAttempt],
    ]) {
      const progress = progressOf(welcomeEntry, [...attempts, openAttempt], 'nl');
      expect(progress).toMatchObject({ played: 3, finished: 2, lastPlayedAt: openAttempt.startedAt });
      expect(progress.best).toEqual({
        endingId: 'goed',
        ending: { text: 'Marco gaat met een plan naar huis', lang: 'nl' },
        mode: goodAttempt.summary!.mode,
        at: goodAttempt.finishedAt,
      });
    }
    expect(progressOf(welcomeEntry, [goodAttempt], 'en').best?.ending).toEqual({ text: 'Marco goes home with a plan', lang: 'en' });
  });

  it('of two equal outcomes keeps the first time it was reached', () => {
    const again = { ...goodAttempt, id: 'z-9', startedAt: '2026-05-01T09:00:00.000Z', finishedAt: '2026-05-01T09:00:00.000Z' };
    expect(bestAttempt(welcomeEntry, [goodAttempt, again])?.id).toBe('a-1');
  });

  it('has no best outcome while nothing was played to the end', () => {
    expect(progressOf(welcomeEntry, [openAttempt], 'nl')).toEqual({
      played: 1,
      finished: 0,
      lastPlayedAt: openAttempt.startedAt,
      best: null,
    });
  });

  it('says so when the best ending is no longer in the scenario', () => {
    const gone = { ...goodAttempt, summary: { ...goodAttempt.summary!, endingId: 'verdwenen' } };
    expect(progressOf(welcomeEntry, [gone], 'nl').best).toMatchObject({ endingId: 'verdwenen', ending: null });
  });

  it('writes dates per language', () => {
    expect(formatDay('2026-03-01T09:00:00.000Z', 'nl')).toBe('1 mrt 2026');
    expect(formatDay('2026-03-01T09:00:00.000Z', 'en')).toBe('1 Mar 2026');
    expect(formatDay('nonsense', 'en')).toBe('nonsense');
  });
});

describe('the library path', () => {
  it('puts the scenario marked startHere first and not again under its domain', () => {
    const path = libraryPath([...pathCatalogue, brokenEntry], 'nl');
    expect(path.start.map((c) => c.id)).toEqual(['test-welkom']);
    expect(path.start[0]!.startHere).toBe(true);
    expect(path.groups.map((g) => [g.domain, g.cards.map((c) => c.id)])).toEqual([
      ['werk-en-inkomen', ['kapot']],
      ['schuldhulp', ['schulden']],
    ]);
  });

  it('never offers a broken file as the place to start', () => {
    const path = libraryPath([{ ...brokenEntry, startHere: true }], 'nl');
    expect(path.start).toEqual([]);
    expect(path.groups[0]!.cards.map((c) => c.id)).toEqual(['kapot']);
  });
});

describe('progress source', () => {
  it('reads the kept attempts of the current version without changing storage', () => {
    const store = new AttemptStore(window.localStorage);
    store.save(goodAttempt);
    store.save({ ...poorAttempt, scenarioVersion: 0 });
    const before = window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`);
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1).map((a) => a.id)).toEqual(['a-1']);
    expect(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)).toBe(before);
    const all = storedAttempts(window.localStorage, [...pathCatalogue, brokenEntry]);
    expect([...all.keys()]).toEqual(['schulden', 'test-welkom']);
    expect(all.get('schulden')).toEqual([]);
  });

  it('reads what the store would rescue from a damaged list, and still writes nothing', () => {
    const intact = JSON.stringify({ format: 2, scenarioId: 'test-welkom', attempts: [goodAttempt, poorAttempt] });
    const damaged = intact.slice(0, intact.lastIndexOf('"id"') - 2); // the second attempt cut off mid-way
    window.localStorage.setItem(`${ATTEMPTS_PREFIX}test-welkom`, damaged);
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1).map((a) => a.id)).toEqual(['a-1']);
    expect(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)).toBe(damaged);
    // The store, opening the scenario, rescues the same attempt and repairs the list.
    expect(new AttemptStore(window.localStorage).load('test-welkom').attempts.map((a) => a.id)).toEqual(['a-1']);
    expect(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)).not.toBe(damaged);
  });

  it('counts nothing from damaged, foreign or failing storage', () => {
    window.localStorage.setItem(`${ATTEMPTS_PREFIX}test-welkom`, '{"format":1,"attempts":[{"id":');
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1)).toEqual([]);
    window.localStorage.setItem(`${ATTEMPTS_PREFIX}test-welkom`, JSON.stringify({ format: 99, attempts: [goodAttempt] }));
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1)).toEqual([]);
    window.localStorage.setItem(
      `${ATTEMPTS_PREFIX}test-welkom`,
      JSON.stringify({ format: 1, attempts: [goodAttempt, { id: 'x' }, { ...poorAttempt, scenarioId: 'ander' }] }),
    );
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1).map((a) => a.id)).toEqual(['a-1']);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredAttempts(throwing, 'test-welkom', 1)).toEqual([]);
  });
});

/** The attempt list's storage format: older formats are migrated step by step, never dropped. */
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_FORMAT, MIGRATIONS, formatOf, migrateList, type Migration } from '../../src/app/play/attempt-migrations.ts';
import { AttemptStore, ATTEMPTS_PREFIX, type Attempt } from '../../src/app/play/attempt-store.ts';

const KEY = `${ATTEMPTS_PREFIX}test-welkom`;
const attempt: Attempt = {
  id: 'a-1',
  scenarioId: 'test-welkom',
  scenarioVersion: 1,
  seed: 5,
  choices: ['welkom'],
  startedAt: '2026-03-01T09:00:00.000Z',
  finishedAt: null,
  branchOf: null,
  summary: null,
};

describe('attempt format migrations', () => {
  it('has one step from every older format, so every format reaches the current one', () => {
    for (let format = 1; format < ATTEMPTS_FORMAT; format += 1) expect(MIGRATIONS.filter((m) => m.from === format)).toHaveLength(1);
    expect(MIGRATIONS.every((m) => m.from < ATTEMPTS_FORMAT)).toBe(true);
  });

  it('reads a list without a format number, or with one below any known, as format 1', () => {
    expect(formatOf({})).toBe(1);
    expect(formatOf({ format: 0 })).toBe(1);
    expect(formatOf({ format: '2' })).toBe(1);
    expect(formatOf({ format: 2 })).toBe(2);
  });

  it('format 1 → 2: the list names its scenario; the attempts are unchanged', () => {
    const result = migrateList({ format: 1, attempts: [attempt] }, { scenarioId: 'test-welkom' });
    expect(result).toEqual({ ok: true, migrated: true, list: { format: 2, scenarioId: 'test-welkom', attempts: [attempt] } });
  });

  it('leaves a current list as it is', () => {
    const list = { format: ATTEMPTS_FORMAT, scenarioId: 'test-welkom', attempts: [attempt] };
    expect(migrateList(list, { scenarioId: 'test-welkom' })).toEqual({ ok: true, migrated: false, list });
  });

  it('runs the steps in order, one format at a time', () => {
    const steps: Migration[] = [
      { from: 2, why: 'second', migrate: (l) => ({ ...l, format: 3, trail: [...(l.trail as string[]), 'b'] }) },
      { from: 1, why: 'first', migrate: (l) => ({ ...l, format: 2, trail: ['a'] }) },
    ];
    const result = migrateList({ format: 1, attempts: [] }, { scenarioId: 'x' }, steps, 3);
    expect(result).toEqual({ ok: true, migrated: true, list: { format: 3, attempts: [], trail: ['a', 'b'] } });
  });

  it('refuses a list from a newer Ruimte instead of guessing at it', () => {
    expect(migrateList({ format: ATTEMPTS_FORMAT + 1, attempts: [attempt] }, { scenarioId: 'test-welkom' })).toEqual({
      ok: false,
      newer: ATTEMPTS_FORMAT + 1,
    });
  });
});

describe('the store migrates what it reads', () => {
  it('keeps every attempt of a format-1 list, without a notice, and writes it back in the current format', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ format: 1, attempts: [attempt] }));
    const store = new AttemptStore(window.localStorage);
    expect(store.load('test-welkom', 1)).toEqual({ attempts: [attempt], problem: null, dropped: 0 });
    expect(JSON.parse(window.localStorage.getItem(KEY)!)).toEqual({
      format: ATTEMPTS_FORMAT,
      scenarioId: 'test-welkom',
      attempts: [attempt],
    });
  });

  it('still drops a damaged attempt of an older list, one by one, and keeps the rest', () => {
    window.localStorage.setItem(KEY, JSON.stringify({ format: 1, attempts: [attempt, { id: 'x', choices: 'welkom' }] }));
    expect(new AttemptStore(window.localStorage).load('test-welkom', 1)).toEqual({ attempts: [attempt], problem: 'corrupt', dropped: 1 });
  });

  it('leaves a list from a newer Ruimte untouched and does not write over it', () => {
    const raw = JSON.stringify({ format: ATTEMPTS_FORMAT + 1, attempts: [{ anything: true }] });
    window.localStorage.setItem(KEY, raw);
    const store = new AttemptStore(window.localStorage);
    expect(store.load('test-welkom', 1)).toEqual({ attempts: [], problem: null, dropped: 0 });
    expect(store.save(attempt)).toBe(false);
    expect(window.localStorage.getItem(KEY)).toBe(raw);
  });
});

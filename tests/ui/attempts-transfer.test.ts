/** Export and import of all attempts: the file format, validation, merging, and "nothing changes" on failure. */
import { describe, expect, it } from 'vitest';
import {
  collectAttempts,
  exportFile,
  importAttempts,
  MAX_TRANSFER_BYTES,
  planImport,
  TRANSFER_FORMAT,
} from '../../src/app/play/attempts-transfer.ts';
import { readStoredAttempts } from '../../src/app/play/progress-source.ts';
import { AttemptStore, ATTEMPTS_PREFIX, MAX_ATTEMPTS } from '../../src/app/play/attempt-store.ts';
import { goodAttempt, openAttempt, pathCatalogue, poorAttempt } from './selfstudy-fixtures.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const fileWith = (attempts: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: TRANSFER_FORMAT, version: 1, exportedAt: NOW.toISOString(), attempts, ...extra });
const known = new Map([['test-welkom', 1]]);
const none = () => [];

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i)!;
    out[key] = window.localStorage.getItem(key)!;
  }
  return out;
}

describe('export', () => {
  it('writes every kept attempt into one versioned file with a format marker, and reads back the same', () => {
    const store = new AttemptStore(window.localStorage);
    store.save(goodAttempt);
    store.save(poorAttempt);
    store.save({ ...openAttempt, scenarioId: 'elders', id: 'e-1' });
    window.localStorage.setItem('ruimte.settings', '{}');
    const attempts = collectAttempts(window.localStorage);
    expect(attempts.map((a) => a.id)).toEqual(['e-1', 'a-1', 'b-2']);
    const { fileName, text } = exportFile(attempts, NOW);
    expect(fileName).toBe('ruimte-pogingen-2026-12-03.json');
    expect(JSON.parse(text)).toEqual({ format: 'ruimte-attempts', version: 1, exportedAt: '2026-12-03T10:00:00.000Z', attempts });
  });

  it('round-trips into a fresh browser', () => {
    new AttemptStore(window.localStorage).save(goodAttempt);
    const { text } = exportFile(collectAttempts(window.localStorage), NOW);
    window.localStorage.clear();
    expect(importAttempts(window.localStorage, text, pathCatalogue)).toEqual({
      ok: true,
      added: 1,
      alreadyHere: 0,
      unknownScenario: 0,
      otherVersion: 0,
      overLimit: 0,
      keptPerScenario: MAX_ATTEMPTS,
    });
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1)).toEqual([goodAttempt]);
  });

  it('counts as read in only what the store keeps, and says which older attempts its limit let go', () => {
    const store = new AttemptStore(window.localStorage);
    const at = (i: number) => `2026-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`;
    // Kept here: MAX_ATTEMPTS - 2 finished attempts. The file brings 5 older ones, all finished too.
    for (let i = 10; i < 10 + MAX_ATTEMPTS - 2; i++) store.save({ ...goodAttempt, id: `here-${i}`, startedAt: at(i) });
    const older = Array.from({ length: 5 }, (_, i) => ({ ...goodAttempt, id: `file-${i}`, startedAt: at(i) }));
    const result = importAttempts(window.localStorage, fileWith(older), pathCatalogue);
    const kept = readStoredAttempts(window.localStorage, 'test-welkom', 1);
    expect(kept).toHaveLength(MAX_ATTEMPTS);
    const keptFromFile = kept.filter((a) => a.id.startsWith('file-')).length;
    expect(result).toMatchObject({ ok: true, added: keptFromFile, overLimit: 5 - keptFromFile + 0 });
    expect(keptFromFile).toBeLessThan(5);
  });
});

describe('checking a file', () => {
  it.each([
    ['too-large', 'x'.repeat(MAX_TRANSFER_BYTES + 1)],
    ['not-json', 'hallo'],
    ['not-json', ''],
    ['foreign', JSON.stringify({ attempts: [goodAttempt] })],
    ['foreign', JSON.stringify([goodAttempt])],
    ['foreign', JSON.stringify({ format: 'iets-anders', version: 1, attempts: [] })],
    ['newer', fileWith([goodAttempt], { version: 2 })],
    ['damaged', fileWith([goodAttempt], { version: '1' })],
    ['damaged', fileWith([goodAttempt, { ...poorAttempt, seed: -1 }])],
    ['damaged', fileWith([goodAttempt, { ...poorAttempt, id: 'Niet Goed' }])],
    ['damaged', JSON.stringify({ format: TRANSFER_FORMAT, version: 1, attempts: 'veel' })],
    ['empty', fileWith([])],
  ])('refuses a file as a whole: %s', (problem, text) => {
    expect(planImport(text, known, none)).toEqual({ ok: false, problem });
  });

  it('leaves out attempts of unknown scenarios and other versions, and counts them', () => {
    const plan = planImport(
      fileWith([goodAttempt, { ...poorAttempt, scenarioId: 'onbekend' }, { ...openAttempt, scenarioVersion: 2 }]),
      known,
      none,
    );
    expect(plan).toEqual({ ok: true, incoming: [goodAttempt], alreadyHere: 0, unknownScenario: 1, otherVersion: 1 });
  });

  it('does not double an attempt that is already here; the copy that got further wins', () => {
    const further = { ...openAttempt, choices: [...openAttempt.choices, 'reflectie'] };
    const plan = planImport(fileWith([goodAttempt, further, poorAttempt]), known, () => [
      goodAttempt,
      openAttempt,
      { ...poorAttempt, choices: [...poorAttempt.choices, 'x'] },
    ]);
    expect(plan).toEqual({ ok: true, incoming: [further], alreadyHere: 2, unknownScenario: 0, otherVersion: 0 });
    // the same attempt twice in one file counts once
    expect(planImport(fileWith([goodAttempt, goodAttempt]), known, none)).toMatchObject({ incoming: [goodAttempt], alreadyHere: 1 });
  });
});

describe('importing', () => {
  it('a bad file changes nothing', () => {
    new AttemptStore(window.localStorage).save(poorAttempt);
    const before = snapshot();
    for (const text of [
      '{"format":"ruimte-attempts","version":1,"attempts":[{"id":"x"}]}',
      'niet eens json',
      JSON.stringify({ hello: 'world' }),
    ]) {
      expect(importAttempts(window.localStorage, text, pathCatalogue).ok).toBe(false);
      expect(snapshot()).toEqual(before);
    }
  });

  it('importing the same file twice adds nothing the second time', () => {
    const text = fileWith([goodAttempt, poorAttempt]);
    expect(importAttempts(window.localStorage, text, pathCatalogue)).toMatchObject({ ok: true, added: 2 });
    const after = snapshot();
    expect(importAttempts(window.localStorage, text, pathCatalogue)).toMatchObject({ ok: true, added: 0, alreadyHere: 2 });
    expect(snapshot()).toEqual(after);
    expect(readStoredAttempts(window.localStorage, 'test-welkom', 1).map((a) => a.id)).toEqual(['a-1', 'b-2']);
  });

  it('undoes everything it wrote when storage refuses a write halfway', () => {
    new AttemptStore(window.localStorage).save(poorAttempt);
    const before = snapshot();
    let writes = 0;
    const failing: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
      getItem: (k) => window.localStorage.getItem(k),
      removeItem: (k) => window.localStorage.removeItem(k),
      setItem: (k, v) => {
        writes += 1;
        if (writes === 2) throw new DOMException('full', 'QuotaExceededError');
        window.localStorage.setItem(k, v);
      },
    };
    expect(importAttempts(failing, fileWith([goodAttempt, openAttempt]), pathCatalogue)).toEqual({ ok: false, problem: 'storage' });
    expect(snapshot()).toEqual(before);
    expect(window.localStorage.getItem(`${ATTEMPTS_PREFIX}test-welkom`)).toContain('b-2');
  });
});

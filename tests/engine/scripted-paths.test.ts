/**
 * Each shipped scenario keeps its lesson: the authors' scripted system-first and client-first paths
 * (tests/content/paths/<id>.ts) are replayed and held to the calibration targets of issues #2 and #4.
 * The warm-up is short, so it only has to show the same contrast.
 */
import { describe, expect, it } from 'vitest';
import { outcomeOf } from './engine-api.ts';
import { modeForRoomRank } from './engine-api.ts';
import { loadShipped } from '../helpers/scenarios.ts';
import { firstTurnAtLeast, playScript, sensitiveDisclosed } from '../helpers/play.ts';

const pathModules = import.meta.glob<{ default: { systemFirst: readonly string[]; clientFirst: readonly string[] } }>(
  '../content/paths/*.ts',
  { eager: true },
);
const pathsById = new Map(Object.entries(pathModules).map(([file, mod]) => [file.replace(/^.*\/(.+)\.ts$/, '$1'), mod.default]));
const SHORT = new Set(['warming-up-welkom']);

const shipped = loadShipped().filter((s) => s.id !== 'voorbeeld-bijstand');

it('every shipped scenario has scripted paths', () => {
  expect(shipped.filter((s) => !pathsById.has(s.id)).map((s) => s.id)).toEqual([]);
});

describe.each(shipped.filter((s) => pathsById.has(s.id)).map((s) => [s.id, s] as const))('%s scripted paths', (id, scenario) => {
  const paths = pathsById.get(id)!;
  const sf = playScript(scenario, paths.systemFirst);
  const cf = playScript(scenario, paths.clientFirst);
  const sfEnd = sf[sf.length - 1]!;
  const cfEnd = cf[cf.length - 1]!;

  it('both scripts are complete conversations', () => {
    expect(sfEnd.ending).not.toBeNull();
    expect(cfEnd.ending).not.toBeNull();
  });

  it('client-first ends better than system-first', () => {
    const a = outcomeOf(scenario, cfEnd);
    const b = outcomeOf(scenario, sfEnd);
    expect(modeForRoomRank(a.mode)).toBeGreaterThan(modeForRoomRank(b.mode));
    expect(a.recall).toBeGreaterThan(b.recall);
  });

  it.skipIf(SHORT.has(id))('system-first ends guarded, closed or walked out, forgets, and hears nothing shameful', () => {
    const o = outcomeOf(scenario, sfEnd);
    expect(['guarded', 'closed', 'walked-out']).toContain(o.mode);
    expect(o.recall).toBeLessThanOrEqual(0.4);
    expect(sensitiveDisclosed(scenario, sfEnd)).toEqual([]);
  });

  it.skipIf(SHORT.has(id))('client-first opens by turn 8 and 14, hears something shameful and is remembered', () => {
    const o = outcomeOf(scenario, cfEnd);
    expect(firstTurnAtLeast(cf, 'opening')).toBeLessThanOrEqual(8);
    expect(firstTurnAtLeast(cf, 'open')).toBeLessThanOrEqual(14);
    expect(sensitiveDisclosed(scenario, cfEnd).length).toBeGreaterThanOrEqual(1);
    expect(o.recall).toBeGreaterThanOrEqual(0.7);
  });
});

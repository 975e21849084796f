/** The scenario fields behind the library's path and the debrief's suggestion: startHere and trains. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource, checkToCatalogueEntry } from '../../src/content/check.ts';

function checked(file: string, edit: (text: string) => string = (t) => t) {
  const path = `scenarios/${file}.yaml`;
  return checkScenarioSource({ path, text: edit(readFileSync(path, 'utf8')) });
}

describe('startHere and trains', () => {
  it('reach the compiled scenario and the catalogue entry, with the endings for ranking', { timeout: 30_000 }, () => {
    const result = checked('warming-up-welkom');
    expect(result.scenario?.startHere).toBe(true);
    expect(result.scenario?.trains).toEqual(['asked-about-stress', 'offered-agenda', 'wrote-agreements-down']);
    const entry = checkToCatalogueEntry('scenarios/warming-up-welkom.yaml', result);
    expect(entry).toMatchObject({ startHere: true, trains: ['asked-about-stress', 'offered-agenda', 'wrote-agreements-down'], version: 1 });
    expect(entry.endings?.map((e) => e.id)).toEqual(result.scenario!.endings.map((e) => e.id));
    expect(entry.endings?.every((e) => e.title.length > 0)).toBe(true);
  });

  it('are absent when the file leaves them out', { timeout: 30_000 }, () => {
    const result = checked('voorbeeld-bijstand', (t) => t.replace(/^trains: .*\n/m, ''));
    expect(result.scenario).not.toBeNull();
    expect(result.scenario).not.toHaveProperty('startHere');
    expect(result.scenario).not.toHaveProperty('trains');
  });

  it('an unknown habit is an error at its place in the list', { timeout: 30_000 }, () => {
    const result = checked('voorbeeld-bijstand', (t) => t.replace(/^trains: \[asked-about-stress,/m, 'trains: [asked-about-stres,'));
    const error = result.issues.find((i) => i.severity === 'error');
    expect(error?.code).toBe('invalid-value');
    const line =
      readFileSync('scenarios/voorbeeld-bijstand.yaml', 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('trains:')) + 1;
    expect(error?.line).toBe(line);
  });

  it('every shipped scenario declares what it trains, and exactly one is the place to start', { timeout: 60_000 }, () => {
    const files = [
      'warming-up-welkom',
      'voorbeeld-bijstand',
      'bijstand-na-scheiding',
      'schuldhulp-eerste-gesprek',
      'werk-laaggeletterdheid',
      'wijkteam-zorgen-school',
      'wmo-mantelzorger',
    ];
    const scenarios = files.map((f) => checked(f).scenario!);
    for (const s of scenarios) expect(s.trains?.length, s.id).toBeGreaterThan(0);
    expect(scenarios.filter((s) => s.startHere).map((s) => s.id)).toEqual(['warming-up-welkom']);
  });
});

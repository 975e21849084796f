/** "What next" after a debrief: the habit that went worst, and a scenario that trains it. */
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, type ChecklistItem, type ChecklistResult } from '../../src/engine/index.ts';
import { habitsToWorkOn, suggestNext } from '../../src/features/debrief/next.view.ts';
import type { CatalogueEntry } from '../../src/app/scenario-source.ts';

/** A checklist with everything done except what `failed` says (item → turns it went wrong on). */
function checklist(failed: Partial<Record<ChecklistItem, number[]>>, notApplicable: ChecklistItem[] = []): ChecklistResult[] {
  return CHECKLIST_ITEMS.map((item) => ({
    item,
    done: !(item in failed),
    applicable: !notApplicable.includes(item),
    turns: failed[item] ?? [],
  }));
}

const entry = (id: string, trains: ChecklistItem[], extra: Partial<CatalogueEntry> = {}) =>
  ({ id, ok: true, title: `Titel ${id}`, titleEn: `Title ${id}`, trains, ...extra }) as Pick<
    CatalogueEntry,
    'id' | 'ok' | 'title' | 'titleEn' | 'trains' | 'startHere'
  >;

const library = [
  entry('warm', ['asked-about-stress', 'offered-agenda'], { startHere: true }),
  entry('taal', ['plain-language', 'offered-reminder']),
  entry('dreig', ['no-threats', 'plain-language']),
  entry('kapot', ['no-threats'], { ok: false }),
];

describe('habits to work on', () => {
  it('puts the habit broken on the most turns first, then the missed ones in checklist order, and skips what did not apply', () => {
    const list = checklist({ 'offered-reminder': [], 'plain-language': [2, 5], 'no-threats': [3], summarised: [] }, ['summarised']);
    expect(habitsToWorkOn(list).map((r) => r.item)).toEqual(['plain-language', 'no-threats', 'offered-reminder']);
  });
});

describe('suggest next', () => {
  it('suggests a scenario that trains the worst habit, with the turns it went wrong on', () => {
    const next = suggestNext(checklist({ 'plain-language': [2, 5], 'no-threats': [3] }), 'warm', library, new Set(), 'nl');
    expect(next).toEqual({
      id: 'taal',
      title: { text: 'Titel taal', lang: 'nl' },
      reason: { kind: 'habit', habit: 'plain-language', turns: [2, 5] },
    });
  });

  it('prefers a scenario not yet played among those that train it', () => {
    const next = suggestNext(checklist({ 'plain-language': [2] }), 'warm', library, new Set(['taal']), 'en');
    expect(next).toMatchObject({ id: 'dreig', title: { text: 'Title dreig', lang: 'en' } });
  });

  it('never suggests the scenario just played, nor a broken one; a habit nobody else trains gives way to the next worst', () => {
    // only "kapot" (broken) and "dreig" train no-threats; "warm" is the current one and trains offered-agenda alone
    expect(suggestNext(checklist({ 'no-threats': [1] }), 'dreig', library, new Set(), 'nl')).toMatchObject({
      id: 'warm',
      reason: { kind: 'new' },
    });
    expect(suggestNext(checklist({ 'offered-agenda': [], 'offered-reminder': [] }), 'warm', library, new Set(), 'nl')).toMatchObject({
      id: 'taal',
      reason: { kind: 'habit', habit: 'offered-reminder', turns: [] },
    });
  });

  it('with every habit managed, suggests the first scenario not yet played, the place to start first', () => {
    expect(suggestNext(checklist({}), 'dreig', library, new Set(), 'nl')).toMatchObject({ id: 'warm', reason: { kind: 'new' } });
    expect(suggestNext(checklist({}), 'dreig', library, new Set(['warm']), 'nl')).toMatchObject({ id: 'taal', reason: { kind: 'new' } });
    expect(suggestNext(checklist({}), 'dreig', library, new Set(['warm', 'taal']), 'nl')).toBeNull();
  });
});

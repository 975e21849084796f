/**
 * What to play next, after a debrief. Scenarios say which checklist habits they train (`trains:`); the rule
 * picks the habit that went worst in this attempt and suggests another scenario that trains it. Pure.
 *
 * The worst habit: of the checklist items the scenario offered and the trainee did not manage, the one broken
 * on the most turns (a threat made three times weighs more than one missed summary); ties in checklist order.
 * A habit no other scenario trains gives way to the next worst. Of the scenarios that train it, one not yet
 * played comes first, then the library's order (the place to start first). With every habit managed, or none
 * trained elsewhere, the suggestion is the first scenario not yet played, so the path still goes on.
 */
import type { ChecklistItem, ChecklistResult, Lang } from '../../engine/index.ts';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { localizedPair, type Localized } from '../shared/localized.ts';

export type NextReason =
  /** `habit` went worst here and the suggested scenario trains it. */
  | { kind: 'habit'; habit: ChecklistItem; /** Turns on which it was broken (empty: it was never done). */ turns: number[] }
  /** Nothing to work on that another scenario trains: the next scenario not yet played. */
  | { kind: 'new' };

export interface NextSuggestion {
  id: string;
  title: Localized;
  reason: NextReason;
}

type Candidate = Pick<CatalogueEntry, 'id' | 'ok' | 'title' | 'titleEn' | 'trains' | 'startHere'>;

/** The habits that went wrong in this attempt, worst first. */
export function habitsToWorkOn(checklist: readonly ChecklistResult[]): ChecklistResult[] {
  return checklist
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => item.applicable && !item.done)
    .sort((a, b) => b.item.turns.length - a.item.turns.length || a.order - b.order)
    .map(({ item }) => item);
}

export function suggestNext(
  checklist: readonly ChecklistResult[],
  currentId: string,
  catalogue: readonly Candidate[],
  /** Ids of scenarios with at least one attempt kept. */
  played: ReadonlySet<string>,
  lang: Lang,
): NextSuggestion | null {
  // The library's order: the place to start first, then the catalogue's.
  const others = catalogue
    .filter((e) => e.ok && e.id !== currentId)
    .map((e, order) => ({ e, order }))
    .sort((a, b) => Number(b.e.startHere === true) - Number(a.e.startHere === true) || a.order - b.order)
    .map(({ e }) => e);
  const unique = others.filter((e, i) => others.findIndex((o) => o.id === e.id) === i);
  const fresh = (e: Candidate) => (played.has(e.id) ? 1 : 0);
  const title = (e: Candidate) => localizedPair(e.title, e.titleEn, lang);
  for (const result of habitsToWorkOn(checklist)) {
    const training = unique.filter((e) => e.trains?.includes(result.item)).sort((a, b) => fresh(a) - fresh(b));
    const pick = training[0];
    if (pick) return { id: pick.id, title: title(pick), reason: { kind: 'habit', habit: result.item, turns: [...result.turns] } };
  }
  const next = unique.find((e) => !played.has(e.id));
  return next ? { id: next.id, title: title(next), reason: { kind: 'new' } } : null;
}

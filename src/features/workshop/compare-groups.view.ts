/**
 * The compare view's bookkeeping: reading pasted group links (each line on its own, with a reason per line
 * that fails), keeping the groups in the address so a reload or a sent link shows the same comparison, and
 * turning each group into a labelled series for the comparison the attempts page uses. Pure.
 */
import type { CompiledScenario, Lang } from '../../engine/index.ts';
import { comparedSide, type ComparedSide } from '../attempts/attempts.view.ts';
import { decodeGroupLink, decodeRecordQuery, recordQuery, type LinkProblem } from './group-link.ts';
import { stateOfRecord, type PathProblem } from './group-path.view.ts';
import type { WorkshopRecord } from './workshop-record.ts';

/** More than this would make the charts unreadable (and the address very long). */
export const MAX_GROUPS = 12;

export type LineProblem = { line: number; problem: LinkProblem | PathProblem | { code: 'duplicate' } | { code: 'too-many' } };

export interface AddResult {
  groups: WorkshopRecord[];
  added: number;
  problems: LineProblem[];
}

const sameRecord = (a: WorkshopRecord, b: WorkshopRecord) => recordQuery(a) === recordQuery(b);

/** Add the links pasted (one per line, blank lines skipped) to the groups already compared. */
export function addLinks(scenario: CompiledScenario, groups: readonly WorkshopRecord[], text: string): AddResult {
  const result: WorkshopRecord[] = [...groups];
  const problems: LineProblem[] = [];
  let added = 0;
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const decoded = decodeGroupLink(raw, scenario.id);
    if (!decoded.ok) return problems.push({ line, problem: decoded.problem });
    const rebuilt = stateOfRecord(scenario, decoded.record);
    if (!rebuilt.ok) return problems.push({ line, problem: rebuilt.problem });
    if (result.some((r) => sameRecord(r, decoded.record))) return problems.push({ line, problem: { code: 'duplicate' } });
    if (result.length >= MAX_GROUPS) return problems.push({ line, problem: { code: 'too-many' } });
    result.push(decoded.record);
    added += 1;
  });
  return { groups: result, added, problems };
}

/** The compare address's query: one `g` per group, each a group link's query. */
export function compareQuery(groups: readonly WorkshopRecord[]): string {
  const params = new URLSearchParams();
  for (const g of groups) params.append('g', recordQuery(g));
  return params.toString();
}

/** The groups in a compare address; anything unreadable is left out (the address was edited by hand). */
export function groupsFromQuery(scenario: CompiledScenario, query: string): WorkshopRecord[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return [];
  }
  return params
    .getAll('g')
    .slice(0, MAX_GROUPS)
    .flatMap((q) => {
      const decoded = decodeRecordQuery(scenario.id, q);
      return decoded.ok && stateOfRecord(scenario, decoded.record).ok ? [decoded.record] : [];
    });
}

/** Names as shown: two groups that chose the same name get "(2)", "(3)" so the legend still tells them apart. */
export function uniqueLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export interface GroupSeries {
  key: string;
  label: string;
  side: ComparedSide;
}

/** Every group as one labelled series: its outcome and its stress, trust and room per turn, from the engine. */
export function compareGroups(scenario: CompiledScenario, groups: readonly WorkshopRecord[], lang: Lang): GroupSeries[] {
  const labels = uniqueLabels(groups.map((g) => g.group));
  return groups.flatMap((record, i) => {
    const rebuilt = stateOfRecord(scenario, record);
    return rebuilt.ok ? [{ key: `${i}-${record.group}`, label: labels[i]!, side: comparedSide(scenario, rebuilt.state, i + 1, lang) }] : [];
  });
}

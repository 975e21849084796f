/** What the library shows, derived from the catalogue: cards grouped by domain, broken files with their errors. */
import { DOMAINS, type Domain, type Lang } from '../../engine/index.ts';
import type { CatalogueEntry } from '../../content/catalogue.ts';
import { levelOf, type LevelView } from '../shared/level.ts';
import { localizedPair, type Localized } from '../shared/localized.ts';

export interface IssueLine {
  /** `file:line:column`, as editors and terminals understand it. */
  where: string;
  message: string;
}

interface CardBase {
  id: string;
  title: Localized;
  summary: Localized;
  personaName: string;
  personaAge: number;
  durationMinutes: number;
  level: LevelView;
  /** The author marked it as the place to start. */
  startHere: boolean;
}

export interface PlayableCard extends CardBase {
  ok: true;
}

export interface BrokenCard extends CardBase {
  ok: false;
  file: string;
  errors: number;
  /** The first few problems, errors before warnings. Messages are in English (see content/issues.ts). */
  issues: IssueLine[];
  /** How many errors are not in `issues`. */
  moreErrors: number;
}

export type LibraryCard = PlayableCard | BrokenCard;

export interface DomainGroup {
  domain: Domain;
  cards: LibraryCard[];
}

export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

export function issueLines(entry: CatalogueEntry, max: number): { issues: IssueLine[]; moreErrors: number } {
  const ordered = [...entry.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const shown = ordered.slice(0, max);
  const shownErrors = shown.filter((i) => i.severity === 'error').length;
  return {
    issues: shown.map((i) => ({ where: `${i.file}:${i.line}:${i.column}`, message: i.message })),
    moreErrors: Math.max(0, entry.errors - shownErrors),
  };
}

export function cardFor(entry: CatalogueEntry, lang: Lang, maxIssues = 3): LibraryCard {
  const base: CardBase = {
    id: entry.id,
    title: localizedPair(entry.title || entry.file, entry.titleEn, lang),
    summary: localizedPair(entry.summary, entry.summaryEn, lang),
    personaName: entry.personaName,
    personaAge: entry.personaAge,
    durationMinutes: entry.durationMinutes,
    level: levelOf(entry.level),
    startHere: entry.startHere === true,
  };
  if (entry.ok) return { ...base, ok: true };
  return { ...base, ok: false, file: entry.file, errors: entry.errors, ...issueLines(entry, maxIssues) };
}

/** Cards per domain, in the fixed domain order; a file with an unknown domain goes under "overig". */
export function libraryView(catalogue: readonly CatalogueEntry[], lang: Lang): DomainGroup[] {
  const byDomain = new Map<Domain, LibraryCard[]>();
  for (const entry of catalogue) {
    const domain: Domain = isDomain(entry.domain) ? entry.domain : 'overig';
    const list = byDomain.get(domain) ?? [];
    list.push(cardFor(entry, lang));
    byDomain.set(domain, list);
  }
  return DOMAINS.filter((d) => byDomain.has(d)).map((domain) => ({ domain, cards: byDomain.get(domain)! }));
}

export interface LibraryPath {
  /** Playable scenarios marked as the place to start, shown first (in catalogue order). */
  start: PlayableCard[];
  /** Everything else, per domain. */
  groups: DomainGroup[];
}

/** The library in the order a newcomer walks it: the place to start first, then the domains. */
export function libraryPath(catalogue: readonly CatalogueEntry[], lang: Lang): LibraryPath {
  const isStart = (e: CatalogueEntry) => e.ok && e.startHere === true;
  return {
    start: catalogue.filter(isStart).map((e) => cardFor(e, lang) as PlayableCard),
    groups: libraryView(
      catalogue.filter((e) => !isStart(e)),
      lang,
    ),
  };
}

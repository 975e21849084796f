/**
 * A scenario's public sources as the player shows them. The briefing is the only place Ruimte links out, and
 * only to https addresses: the checker refuses anything else, and this refuses it again, so a scenario
 * from elsewhere (a file pasted into the Lab) can never put a script or a plain-http link in front of the
 * trainer.
 */
import type { CompiledScenario, Lang } from '../../engine/index.ts';
import { localizedLine, type Localized } from './localized.ts';

export interface SourceView {
  id: string;
  title: Localized;
  note: Localized | null;
  /** The address to link to, or null when it is not a plain https address (then the title is plain text). */
  href: string | null;
  /** The site the link leads to, shown beside it (`wetten.overheid.nl`). */
  host: string;
}

function safeHref(url: string): { href: string | null; host: string } {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return { href: null, host: '' };
    return { href: parsed.href, host: parsed.hostname };
  } catch {
    return { href: null, host: '' };
  }
}

export function sourceViews(scenario: CompiledScenario, lang: Lang): SourceView[] {
  return (scenario.sources ?? []).map((source) => ({
    id: source.id,
    title: localizedLine(scenario, source.title, lang),
    note: source.note === null ? null : localizedLine(scenario, source.note, lang),
    ...safeHref(source.url),
  }));
}

/** The titles of the sources with these ids, in the order cited (unknown ids are left out). */
export function citedTitles(scenario: CompiledScenario, ids: readonly string[] | undefined, lang: Lang): Localized[] {
  const sources = scenario.sources ?? [];
  return (ids ?? []).flatMap((id) => {
    const source = sources.find((s) => s.id === id);
    return source ? [localizedLine(scenario, source.title, lang)] : [];
  });
}

/**
 * The meaning checks of `sources:` and the `source:` citations: every source has its own id and a secure
 * public address (the briefing links to it, the only place Ruimte links out), and every citation names a
 * source that exists.
 */
import type { IssueCode, Severity } from './issues.ts';
import type { DataPath, Focus } from './locate.ts';
import type { ScenarioSource, SourceRef } from './schema.ts';
import { didYouMean, excerpt } from './suggest.ts';

type Report = (path: DataPath, focus: Focus, severity: Severity, code: IssueCode, message: string | (() => string)) => void;

/** What is wrong with a source's address, as advice; null when it is a plain https address. */
export function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${excerpt(url)}" is not a web address; write the full address of the page, starting with https://`;
  }
  if (parsed.protocol === 'http:')
    return `"${excerpt(url)}" starts with http://, which is not secure; write https:// instead (wetten.overheid.nl and most sites have it)`;
  if (parsed.protocol !== 'https:')
    return `"${excerpt(url)}" is not a web page (it starts with "${parsed.protocol}"); a source is a public page: write its address starting with https://`;
  if (parsed.username !== '' || parsed.password !== '')
    return 'the address holds a user name or password; write the public address of the page without them';
  if (url.trim() !== url || /\s/.test(url)) return "the address contains spaces; copy it again from the browser's address bar";
  return null;
}

function refs(ref: SourceRef | undefined, at: DataPath): [DataPath, string][] {
  if (ref === undefined) return [];
  if (typeof ref === 'string') return [[[...at, 'source'], ref]];
  return ref.map((id, k) => [[...at, 'source', k], id]);
}

export function checkSources(s: ScenarioSource, lineOf: (path: DataPath) => number, report: Report): void {
  const sources = s.sources ?? [];
  const first = new Map<string, number>();
  sources.forEach((src, i) => {
    const earlier = first.get(src.id);
    if (earlier !== undefined) {
      report(
        ['sources', i, 'id'],
        'value',
        'error',
        'duplicate-id',
        `the source id "${src.id}" is already used by the source on line ${lineOf(['sources', earlier, 'id'])}; give every source its own id (and update the "source:" fields that cite it)`,
      );
    } else {
      first.set(src.id, i);
    }
    const problem = urlProblem(src.url);
    if (problem) report(['sources', i, 'url'], 'value', 'error', 'bad-url', `the address of source "${src.id}": ${problem}`);
  });

  const ids = [...first.keys()];
  const check = (owner: string, ref: SourceRef | undefined, at: DataPath) => {
    for (const [path, id] of refs(ref, at)) {
      if (first.has(id)) continue;
      const advice = () =>
        ids.length === 0
          ? `; this scenario has no "sources:" yet: add it at the top level (after "changeGoal") with a source with this id`
          : didYouMean(id, ids) || '; add it under "sources:" at the top level, or correct the id';
      report(
        path,
        'value',
        'error',
        'unknown-reference',
        () => `${owner} cites source "${id}", but there is no source with that id${advice()}`,
      );
    }
  };
  s.persona.facts.forEach((f, i) => check(`fact "${f.id}"`, f.source, ['persona', 'facts', i]));
  s.moments.forEach((m, i) => {
    check(`moment "${m.id}"`, m.source, ['moments', i]);
    m.options.forEach((o, j) => check(`option "${o.id}"`, o.source, ['moments', i, 'options', j]));
  });
}

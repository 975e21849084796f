/**
 * Smells that compare texts, within one scenario or across the whole library:
 *
 * - coding-inconsistent  two options that say nearly the same thing carry different codes, so trainees learn
 *                        wording instead of behaviour (same act, same codes)
 * - line-repeated        the same client line twice in one scenario: heard twice, it sounds like a machine
 * - line-shared          the same client line in two scenarios: a stock phrase that tells a trainee "this
 *                        was the right answer"
 *
 * `scenarios:check` runs them over all files it checks; one file's own checks run with the other smells.
 */
import { parseVolley, type Code } from '../engine/codes.ts';
import { issue, type ContentIssue, type IssueCode } from './issues.ts';
import { locate, type DataPath } from './locate.ts';
import type { ScenarioSource, VaryingText } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

export interface LibraryFile {
  file: string;
  yaml: YamlSource;
  source: ScenarioSource;
}

/** Option texts at least this similar (character trigrams, Dice) count as the same act. */
export const SAME_ACT_SIMILARITY = 0.8;
/** Lines shorter than this ("Ja.", "(Stilte.)") may repeat: they carry no stock phrase. */
export const MIN_REPEATED_LINE = 25;

/** Lower case, placeholders and punctuation out, single spaces: what a reader would call "the same text". */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\{[^}]*\}/g, 'x')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return out;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

interface Place {
  at: LibraryFile;
  path: DataPath;
  line: number;
}

function place(at: LibraryFile, path: DataPath): Place {
  return { at, path, line: locate(at.yaml, path, 'value').line };
}

const where = (p: Place, from: LibraryFile) => (p.at === from ? `line ${p.line}` : `${p.at.file}:${p.line}`);

/** Every text a client speaks (moment lines, replies, fact answers), with where it stands. */
function clientLines(at: LibraryFile): { text: string; place: Place }[] {
  const out: { text: string; place: Place }[] = [];
  const add = (value: VaryingText | undefined, path: DataPath) => {
    if (value === undefined) return;
    if (typeof value === 'string') return void out.push({ text: value, place: place(at, path) });
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string') out.push({ text: v, place: place(at, [...path, key]) });
      else if (Array.isArray(v)) v.forEach((t, n) => out.push({ text: t, place: place(at, [...path, key, n]) }));
    }
  };
  at.source.moments.forEach((m, i) => {
    add(m.client, ['moments', i, 'client']);
    m.options.forEach((o, j) => add(o.reply, ['moments', i, 'options', j, 'reply']));
  });
  at.source.persona.facts.forEach((f, k) => {
    for (const [fidelity, text] of Object.entries(f.answers)) out.push({ text, place: place(at, ['persona', 'facts', k, 'answers', fidelity]) });
  });
  return out;
}

interface Act {
  id: string;
  codes: Code[];
  threat: boolean;
  grams: Set<string>;
  place: Place;
}

function acts(at: LibraryFile): Act[] {
  return at.source.moments.flatMap((m, i) =>
    m.options.map((o, j) => ({
      id: o.id,
      codes: [...parseVolley(o.codes)].sort(),
      threat: o.features?.threat ?? false,
      grams: trigrams(normaliseText(o.text)),
      place: place(at, ['moments', i, 'options', j, 'text']),
    })),
  );
}

const describeCodes = (a: Act) => `[${a.codes.join(', ')}]${a.threat ? ' with threat' : ''}`;

/**
 * The text smells over `files`. With `crossFileOnly`, only pairs from two different files are reported (the
 * per-file pairs are already reported by each file's own check).
 */
export function libraryIssues(files: readonly LibraryFile[], crossFileOnly = false): ContentIssue[] {
  const out: ContentIssue[] = [];
  const report = (p: Place, code: IssueCode, message: string) => out.push(issue(p.at.file, locate(p.at.yaml, p.path, 'value'), 'warning', code, message));
  const keep = (a: Place, b: Place) => !crossFileOnly || a.at !== b.at;

  const all = files.flatMap(acts);
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i]!;
      const b = all[j]!;
      if (!keep(a.place, b.place)) continue;
      if (a.codes.join() === b.codes.join() && a.threat === b.threat) continue;
      if (similarity(a.grams, b.grams) < SAME_ACT_SIMILARITY) continue;
      report(
        b.place,
        'coding-inconsistent',
        `option "${b.id}" (coded ${describeCodes(b)}) says nearly the same as option "${a.id}" on ${where(a.place, b.place.at)} (coded ${describeCodes(a)}); the same act needs the same codes, or trainees learn wording instead of behaviour: code both alike (see "Coderen volgens MITI" in the guide), or make the texts say different things`,
      );
    }
  }

  const seen = new Map<string, Place>();
  for (const at of files) {
    for (const { text, place: p } of clientLines(at)) {
      const key = normaliseText(text);
      if (key.length < MIN_REPEATED_LINE) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      if (!keep(first, p)) continue;
      if (first.at === p.at) {
        report(p, 'line-repeated', `this client line is also said on ${where(first, at)}; a client who says the same sentence twice sounds like a machine: give each its own words`);
      } else {
        const message = (other: Place, self: LibraryFile) =>
          `this client line also occurs in ${where(other, self)}; a line shared by two clients becomes a stock phrase that tells a trainee "this was the right answer": give each client their own words`;
        report(p, 'line-shared', message(first, at));
        report(first, 'line-shared', message(p, first.at));
      }
    }
  }
  return out;
}

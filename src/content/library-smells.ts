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
import { issue, type ContentIssue, type IssueCode, type Message } from './issues.ts';
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

const ASCII = /^[\0-\x7f]*$/;

/** Lower case, placeholders and punctuation out, single spaces: what a reader would call "the same text". */
export function normaliseText(text: string): string {
  // Plain ASCII (most lines) once lower-cased has a-z and 0-9 as its only letters and digits: the same result
  // without the Unicode classes, which cost most of this check on a large scenario.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/\{[^}]*\}/g, 'x')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return normaliseTextFull(text);
}

/** normaliseText without the ASCII shortcut: what the shortcut must equal (tests/content/library-smells.test.ts). */
export function normaliseTextFull(text: string): string {
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
}

/** Located only when reported: finding a line walks the YAML, and most texts are never reported. */
function place(at: LibraryFile, path: DataPath): Place {
  return { at, path };
}

const lineOf = (p: Place) => locate(p.at.yaml, p.path, 'value').line;
const where = (p: Place, from: LibraryFile, line = 'line') => (p.at === from ? `${line} ${lineOf(p)}` : `${p.at.file}:${lineOf(p)}`);

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
    for (const [fidelity, text] of Object.entries(f.answers))
      out.push({ text, place: place(at, ['persona', 'facts', k, 'answers', fidelity]) });
  });
  return out;
}

interface Act {
  id: string;
  /** Normalised text. */
  text: string;
  codes: Code[];
  threat: boolean;
  place: Place;
}

/** normaliseText once per distinct text: scenarios reuse lines and option texts, generated ones thousands of times. */
function normaliser(): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let normal = done.get(text);
    if (normal === undefined) done.set(text, (normal = normaliseText(text)));
    return normal;
  };
}

function acts(at: LibraryFile, normal: (text: string) => string): Act[] {
  return at.source.moments.flatMap((m, i) =>
    m.options.map((o, j) => ({
      id: o.id,
      text: normal(o.text),
      codes: [...parseVolley(o.codes)].sort(),
      threat: o.features?.threat ?? false,
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
  // Across files only, one file has no pairs to report: nothing to compare (the check of one file).
  if (crossFileOnly && files.length < 2) return out;
  const report = (p: Place, code: IssueCode, message: Message) =>
    out.push(issue(p.at.file, locate(p.at.yaml, p.path, 'value'), 'warning', code, message));
  const keep = (a: Place, b: Place) => !crossFileOnly || a.at !== b.at;

  const normal = normaliser();
  const all = files.flatMap((at) => acts(at, normal));
  // Identical texts are joined once: a generated scenario repeats a few templates thousands of times.
  const groups = new Map<string, number[]>();
  all.forEach((a, n) => {
    const list = groups.get(a.text);
    if (list) list.push(n);
    else groups.set(a.text, [n]);
  });
  const members = [...groups.values()];
  const coding = all.map((a) => `${a.codes.join()}${a.threat ? '!' : ''}`);
  const inconsistent: [number, number][] = [];
  const compare = (x: readonly number[], y: readonly number[]) => {
    for (const i of x)
      for (const j of y) if (i < j && coding[i] !== coding[j] && keep(all[i]!.place, all[j]!.place)) inconsistent.push([i, j]);
  };
  // A group's coding when all its members share one (nearly always), else null: a group coded alike has no
  // inconsistent pair inside, and two such groups only when their codings differ.
  const uniform = members.map((list) => (list.every((i) => coding[i] === coding[list[0]!]) ? coding[list[0]!]! : null));
  members.forEach((list, g) => {
    if (uniform[g] === null) compare(list, list);
  });
  const mixed = (g: number, h: number) => uniform[g] === null || uniform[h] === null || uniform[g] !== uniform[h];
  for (const [g, h] of similarPairs(
    // One trigram set per distinct text (the members of a group share it).
    members.map((list) => trigrams(all[list[0]!]!.text)),
    SAME_ACT_SIMILARITY,
    mixed,
  )) {
    compare(members[g]!, members[h]!);
    compare(members[h]!, members[g]!);
  }
  inconsistent.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [i, j] of inconsistent) {
    const a = all[i]!;
    const b = all[j]!;
    report(b.place, 'coding-inconsistent', {
      en: `option "${b.id}" (coded ${describeCodes(b)}) says nearly the same as option "${a.id}" on ${where(a.place, b.place.at)} (coded ${describeCodes(a)}); the same act needs the same codes, or trainees learn wording instead of behaviour: code both alike (see "Coderen volgens MITI" in the guide), or make the texts say different things`,
      nl: `optie "${b.id}" (gecodeerd ${describeCodes(b)}) zegt vrijwel hetzelfde als optie "${a.id}" op ${where(a.place, b.place.at, 'regel')} (gecodeerd ${describeCodes(a)}); dezelfde handeling krijgt dezelfde codes, anders leren cursisten woorden in plaats van gedrag: codeer beide gelijk (zie "Coderen volgens MITI" in de handleiding), of laat de teksten iets anders zeggen`,
    });
  }

  const seen = new Map<string, Place>();
  for (const at of files) {
    for (const { text, place: p } of clientLines(at)) {
      const key = normal(text);
      if (key.length < MIN_REPEATED_LINE) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      if (!keep(first, p)) continue;
      if (first.at === p.at) {
        report(p, 'line-repeated', {
          en: `this client line is also said on ${where(first, at)}; a client who says the same sentence twice sounds like a machine: give each its own words`,
          nl: `deze zin zegt de cliënt ook op ${where(first, at, 'regel')}; een cliënt die twee keer precies hetzelfde zegt, klinkt als een machine: geef elke zin eigen woorden`,
        });
      } else {
        const message = (other: Place, self: LibraryFile) => ({
          en: `this client line also occurs in ${where(other, self)}; a line shared by two clients becomes a stock phrase that tells a trainee "this was the right answer": give each client their own words`,
          nl: `deze cliëntzin staat ook in ${where(other, self, 'regel')}; een zin die twee cliënten delen, wordt een stopzin die de cursist verraadt wat "goed" was: geef elke cliënt eigen woorden`,
        });
        report(p, 'line-shared', message(first, at));
        report(first, 'line-shared', message(p, first.at));
      }
    }
  }
  return out;
}

/**
 * Index pairs [i, j] (i < j) whose trigram sets have Dice similarity >= SAME_ACT_SIMILARITY. A similarity
 * join with prefix filtering: two sets that similar must share one of the rarest trigrams of each, so only
 * those are indexed, and only pairs of comparable size are verified (by merging sorted id arrays). Near
 * linear in practice, where comparing every pair of a 1,000-moment scenario's options took seconds.
 */
export function similarPairs(
  sets: readonly Set<string>[],
  threshold = SAME_ACT_SIMILARITY,
  /** Pairs that are not wanted anyway are skipped before the (costly) similarity is computed. */
  wanted: (i: number, j: number) => boolean = () => true,
): [number, number][] {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const g of set) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  // Trigram ids in order of rarity, so a set's prefix is its rarest trigrams.
  const ids = new Map([...frequency].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1)).map(([g], n) => [g, n]));
  const arrays = sets.map((set) => Int32Array.from([...set].map((g) => ids.get(g)!)).sort());
  const ratio = threshold / (2 - threshold);
  const index = new Map<number, number[]>();
  const stamp = new Int32Array(sets.length).fill(-1);
  const pairs: [number, number][] = [];
  arrays.forEach((ids_, j) => {
    const size = ids_.length;
    if (size === 0) return;
    const prefix = ids_.subarray(0, size - Math.ceil(ratio * size) + 1);
    for (const g of prefix) {
      for (const i of index.get(g) ?? []) {
        if (stamp[i] === j) continue;
        stamp[i] = j;
        const other = arrays[i]!;
        if (other.length < ratio * size || size < ratio * other.length) continue;
        if (wanted(i, j) && dice(other, ids_) >= threshold) pairs.push([i, j]);
      }
    }
    for (const g of prefix) {
      const list = index.get(g);
      if (list) list.push(j);
      else index.set(g, [j]);
    }
  });
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Dice similarity of two sorted arrays of distinct ids. */
function dice(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      shared += 1;
      x += 1;
      y += 1;
    } else if (a[x]! < b[y]!) x += 1;
    else y += 1;
  }
  return (2 * shared) / (a.length + b.length);
}

/** "Did you mean …?" for ids and field names, and lists in plain English. */
import { truncate } from './graphemes.ts';

/**
 * Edit distance where swapping two neighbouring letters counts as one edit ("lnies" → "lines"), the most
 * common typo (optimal string alignment). Gives up early beyond `max`, so long lists stay cheap.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Only cells within `max` of the diagonal can lie on an alignment that costs `max` or less (a band, as
  // Ukkonen showed); the cells outside it count as too far. Exact up to `max`, something above `max` beyond.
  const band = Number.isFinite(max) ? max : Math.max(a.length, b.length);
  const far = a.length + b.length + 1;
  let before = new Array<number>(b.length + 1).fill(far);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= band ? j : far));
  let row = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row.fill(far);
    row[0] = i;
    let best = i;
    const last = Math.min(b.length, i + band);
    for (let j = Math.max(1, i - band); j <= last; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length]!;
}

/** Counts per UTF-16 unit for bagDistance, all zero between calls (reused: no allocation per comparison). */
const bag = new Int32Array(0x10000);

/**
 * How many characters one text has that the other lacks, counted with repeats (the larger of the two
 * sides). Each edit of `levenshtein` (insert, delete, change, swap) lowers this by at most one, so it never
 * exceeds the edit distance: a cheap, linear test that two texts are too far apart to be a slip.
 */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i)]! += 1;
  for (let i = 0; i < b.length; i++) bag[b.charCodeAt(i)]! -= 1;
  let surplus = 0;
  let shortfall = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const n = bag[c]!;
    if (n > 0) surplus += n;
    else shortfall -= n;
    bag[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    const n = bag[c]!;
    if (n < 0) shortfall -= n;
    bag[c] = 0;
  }
  return Math.max(surplus, shortfall);
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: case is ignored, and up to a
 * third of the word may differ (at least one character), or one is a prefix of the other ("walk" → "walkOut").
 */
export function closest(word: string, candidates: Iterable<string>, exclude?: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // A suggestion that is already in use there would turn one mistake into another (a duplicate).
    if (candidate === word || exclude?.has(candidate)) continue;
    const c = candidate.toLowerCase();
    let d = levenshtein(lower, c, limit);
    if (d > limit && lower.length >= 3 && (c.startsWith(lower) || lower.startsWith(c))) d = limit;
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * `; did you mean "x"?` or the empty string. `exclude`: candidates that would create a new mistake where the
 * word stands (a field already in the same block, a fact already in the same list, an id already taken).
 */
export function didYouMean(word: string, candidates: Iterable<string>, exclude?: ReadonlySet<string>): string {
  const match = closest(word, candidates, exclude);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

/** `; bedoelt u "x"?` or the empty string: the Dutch of didYouMean. */
export function bedoeltU(word: string, candidates: Iterable<string>, exclude?: ReadonlySet<string>): string {
  const match = closest(word, candidates, exclude);
  return match === undefined ? '' : `; bedoelt u "${match}"?`;
}

/** `a, b of c` */
export function lijstOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}

/** `a, b en c` */
export function lijstEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** `a, b or c` */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** `a, b and c` */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function quoted(items: readonly string[]): string[] {
  return items.map((i) => `"${i}"`);
}

/** Shorten a value for quoting in a message: one line, at most `max` characters, none cut in half. */
export function excerpt(text: string, max = 40): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}

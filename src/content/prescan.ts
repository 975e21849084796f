/**
 * A linear pre-scan of YAML text that refuses what would make the parser slow before the parser sees it:
 *  - absurd nesting: the parser (and everything after it) recurses per level, so 10 000 nested brackets
 *    would overflow the stack or take seconds;
 *  - absurd numbers of items or line lengths: the parser costs 10–25 µs per node, so 2 MB of "- x" lines
 *    (half a million items) would take many seconds, while a real scenario has a few thousand lines.
 * The scan is an approximation on purpose: it counts block levels by indentation, `- ` entries on one line,
 * and flow brackets, skipping quotes, comments and block scalars; items are content lines plus flow
 * entries. Real scenarios stay far from both limits, so being a little off never matters.
 */

export const MAX_DEPTH = 64;
/**
 * Lines (comments included) plus flow entries. A full 24-moment scenario has about 2,000 lines; this allows
 * a 1,000-moment file (about 25,000 lines, checked in a few hundred ms) and refuses what would take seconds.
 */
export const MAX_ITEMS = 40_000;
/** No scenario text comes near this (texts are at most 2000 characters); minified JSON of a big one might. */
export const MAX_LINE_LENGTH = 100_000;

export interface ScanResult {
  /** Offset where nesting first exceeds the limit, or -1. */
  tooDeepAt: number;
  /** Offset where the number of items first exceeds MAX_ITEMS, or -1. */
  tooManyAt: number;
  /** Offset of the first line longer than MAX_LINE_LENGTH, or -1. */
  tooLongAt: number;
  /** Offset of a quote still open at the end of the text, or -1 (helps locate an unclosed quote). */
  openQuoteAt: number;
  /** Offset of the outermost `[` or `{` still open at the end of the text, or -1. */
  openFlowAt: number;
}

export function prescan(text: string, limit = MAX_DEPTH, maxItems = MAX_ITEMS): ScanResult {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let quoteAt = -1;
  let flowAt = -1;
  let blockScalarParent: number | null = null;
  let block = 0;
  let lineStart = 0;
  let items = 0;
  const none = { tooDeepAt: -1, tooManyAt: -1, tooLongAt: -1, openQuoteAt: -1, openFlowAt: -1 };

  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let indent = 0;
    while (text[lineStart + indent] === ' ') indent++;
    const first = lineStart + indent;
    if (lineEnd - lineStart > MAX_LINE_LENGTH) return { ...none, tooLongAt: lineStart };
    const blank = text.slice(first, lineEnd).trim() === '';
    // Every written line costs the parser, whatever it holds (comments and long texts included).
    if (!blank && ++items > maxItems) return { ...none, tooManyAt: first };

    // Lines of a `|` or `>` block are text, whatever they contain.
    if (blockScalarParent !== null) {
      if (blank || indent > blockScalarParent) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarParent = null;
    }

    let i = lineStart;
    let valueStart = true;
    let dashes = 0;
    if (quote === null && flow === 0) {
      if (blank || text[first] === '#') {
        lineStart = lineEnd + 1;
        continue;
      }
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      block = indents.length;
      if (block > limit) return { ...none, tooDeepAt: first };
      i = first;
    } else {
      valueStart = flow > 0;
    }

    for (; i < lineEnd; i++) {
      const c = text[i]!;
      if (quote !== null) {
        if (quote === '"') {
          if (c === '\\') i++;
          else if (c === '"') quote = null;
        } else if (c === "'") {
          if (text[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      const next = text[i + 1];
      const spaceAfter = next === undefined || next === ' ' || next === '\n' || next === '\r' || next === '\t';
      if (flow > 0) {
        if (c === '[' || c === '{') {
          flow++;
          if (block + dashes + flow > limit) return { ...none, tooDeepAt: i };
          valueStart = true;
        } else if (c === ']' || c === '}') {
          flow--;
          valueStart = false;
        } else if (c === ',' || c === ':') {
          if (c === ',' && ++items > maxItems) return { ...none, tooManyAt: i };
          valueStart = true;
        } else if ((c === '"' || c === "'") && valueStart) {
          quote = c;
          quoteAt = i;
        } else {
          valueStart = false;
        }
        continue;
      }
      if (valueStart) {
        if ((c === '-' || c === '?') && spaceAfter) {
          dashes++;
          if (block + dashes > limit) return { ...none, tooDeepAt: i };
          continue;
        }
        if (c === '[' || c === '{') {
          flow = 1;
          flowAt = i;
          if (block + dashes + flow > limit) return { ...none, tooDeepAt: i };
          continue;
        }
        if (c === '"' || c === "'") {
          quote = c;
          quoteAt = i;
          valueStart = false;
          continue;
        }
        if (c === '|' || c === '>') {
          blockScalarParent = indent;
          break;
        }
        if (c === '&' || c === '!') {
          // An anchor or tag before the value: skip the token, the value still starts after it.
          while (i + 1 < lineEnd && text[i + 1] !== ' ') i++;
          continue;
        }
        valueStart = false;
      }
      if (c === ':' && spaceAfter) valueStart = true;
    }
    lineStart = lineEnd + 1;
  }
  return { ...none, openQuoteAt: quote !== null ? quoteAt : -1, openFlowAt: flow > 0 ? flowAt : -1 };
}

/**
 * Shortening text without breaking a character. `text.slice(0, n)` counts UTF-16 code units, so it can cut an
 * emoji or another character outside the Basic Multilingual Plane in half (a lone surrogate, shown as "�" and
 * different in HTML than in the DOM), or split a letter from its accent or a family emoji into its members.
 * Everything that shortens text counts user-perceived characters (grapheme clusters) instead.
 */

let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  return segmenter;
}

/** The first `count` characters of `text` (grapheme clusters; code points where Intl.Segmenter is missing). */
function firstGraphemes(text: string, count: number): { head: string; complete: boolean } {
  const seg = graphemeSegmenter();
  let end = 0;
  let n = 0;
  if (seg) {
    for (const { segment } of seg.segment(text)) {
      if (n === count) return { head: text.slice(0, end), complete: false };
      end += segment.length;
      n += 1;
    }
    return { head: text, complete: true };
  }
  for (const point of text) {
    if (n === count) return { head: text.slice(0, end), complete: false };
    end += point.length;
    n += 1;
  }
  return { head: text, complete: true };
}

/** The number of user-perceived characters in `text`. */
export function graphemeCount(text: string): number {
  const seg = graphemeSegmenter();
  if (!seg) return Array.from(text).length;
  let n = 0;
  for (const _ of seg.segment(text)) n += 1;
  return n;
}

/**
 * `text` if it has at most `max` characters, else its first `max - 1` characters and `ellipsis`: never longer
 * than `max` characters, never a broken one.
 */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  // Cheap exit: a string of at most `max` code units has at most `max` characters.
  if (text.length <= max) return text;
  const whole = firstGraphemes(text, max);
  if (whole.complete) return text;
  const room = Math.max(0, max - graphemeCount(ellipsis));
  return `${firstGraphemes(text, room).head}${ellipsis}`;
}

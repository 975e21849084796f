/**
 * Where to scroll after a choice so the client's answer is read, not skipped. Pure numbers (boxes relative to
 * the viewport), so the rule is tested without a browser; the screen measures and scrolls.
 */
export interface Box {
  top: number;
  bottom: number;
}

/**
 * How far to scroll (positive: down) so that `first` (the client's first line of the new turn) is in the
 * visible band, together with as much of what follows as fits: each of `ends` in order of preference (e.g.
 * the first option, then the client's last line) is tried until one fits with `first`. When nothing fits,
 * `first` goes to the top of the band. Returns 0 when the wanted part is already in view.
 */
export function revealDelta(first: Box, ends: readonly Box[], band: Box, margin = 8): number {
  const height = band.bottom - band.top - 2 * margin;
  const end = ends.find((box) => box.bottom - first.top <= height);
  const toFirst = first.top - band.top - margin;
  if (!end) return first.top >= band.top && first.bottom <= band.bottom ? 0 : toFirst;
  if (first.top >= band.top && end.bottom <= band.bottom) return 0;
  if (toFirst < 0) return toFirst;
  return Math.min(toFirst, end.bottom - band.bottom + margin);
}

/**
 * The part of the viewport not covered by a panel that sticks to its top: on a phone the client's portrait
 * and meters stay above the conversation, and a line under them is not in view. Counted as stuck even
 * before it is, since scrolling down to the reply makes it stick.
 */
export function visibleBand(
  viewportHeight: number,
  panel: { position: string; stickyTop: number; height: number; coversText: boolean } | null,
): Box {
  if (!panel || panel.position !== 'sticky' || !panel.coversText) return { top: 0, bottom: viewportHeight };
  return { top: Math.min(viewportHeight / 2, Math.max(0, panel.stickyTop + panel.height)), bottom: viewportHeight };
}

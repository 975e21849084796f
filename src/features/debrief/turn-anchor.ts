/** In-page links from the summary to a turn of the list below. */

/** Move to a turn of the list below without touching the address (the app routes on the hash). */
export function goToTurn(event: { preventDefault(): void }, turn: number): void {
  event.preventDefault();
  const target = document.getElementById(turnAnchor(turn));
  if (!target) return;
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

export const turnAnchor = (turn: number): string => `debrief-turn-${turn}`;

import { revealDelta, visibleBand, type Box } from './reveal.ts';

const box = (element: Element): Box => {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom };
};

/**
 * Scrolls the page so the client's lines of turn `turn` are in view and not under the sticky client panel
 * (phone layout); on a wide screen the first option comes along when it fits. Instant, so nothing moves
 * for people who asked for less motion and the position is settled at once.
 */
export function revealReply(talk: HTMLElement | null, panel: HTMLElement | null, turn: number, firstOption: HTMLElement | null): void {
  if (!talk || typeof window === 'undefined') return;
  const lines = [...talk.querySelectorAll<HTMLElement>(`.line--client[data-turn="${turn}"]`)];
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return;
  let band = { top: 0, bottom: window.innerHeight };
  if (panel) {
    const style = window.getComputedStyle(panel);
    const panelRect = panel.getBoundingClientRect();
    const talkRect = talk.getBoundingClientRect();
    band = visibleBand(window.innerHeight, {
      position: style.position,
      stickyTop: Number.parseFloat(style.top) || 0,
      height: panelRect.height,
      // Stacked above the talk (phone), not beside it (wide screen).
      coversText: panelRect.right > talkRect.left && panelRect.left < talkRect.right,
    });
  }
  const ends = firstOption ? [box(firstOption), box(last)] : [box(last)];
  const delta = revealDelta(box(first), ends, band);
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, left: 0, behavior: 'instant' });
}

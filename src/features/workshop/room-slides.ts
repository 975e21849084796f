/**
 * The room's debrief as a list of slides, one section per screen: how it ended, the curves, every moment with
 * its votes, what cost the most, and a closing question. Pure, and the keys that move between them.
 */
import type { PathMoment } from './group-path.view.ts';

export type Slide =
  { kind: 'outcome' } | { kind: 'curves' } | { kind: 'moment'; moment: PathMoment } | { kind: 'costly' } | { kind: 'end' };

export function roomSlides(moments: readonly PathMoment[]): Slide[] {
  return [
    { kind: 'outcome' },
    { kind: 'curves' },
    ...moments.map((moment): Slide => ({ kind: 'moment', moment })),
    { kind: 'costly' },
    { kind: 'end' },
  ];
}

/**
 * What a key does in the room's debrief: a presentation clicker sends PageDown/PageUp (some send the arrows),
 * a keyboard has Home and End too. Modified keys are left to the browser.
 */
export function slideStep(key: string, modified: boolean): 'next' | 'previous' | 'first' | 'last' | null {
  if (modified) return null;
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export function moveSlide(index: number, step: 'next' | 'previous' | 'first' | 'last', total: number): number {
  switch (step) {
    case 'next':
      return Math.min(total - 1, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return total - 1;
  }
}

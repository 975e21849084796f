import { useContext, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from './after-paint.ts';
import { GlideHoldContext } from './glide-hold.ts';

/**
 * A number that glides to its new value over `durationMs` (ease-out), or jumps when `animate` is false
 * (reduced motion). Driven by requestAnimationFrame, so it only sets SVG attributes: no inline styles.
 *
 * The glide starts after the next paint (a frame, then a task): the frame right after a choice shows the reply,
 * and the first frame of the glide follows it instead of adding its drawing to that frame.
 *
 * While the screen holds the glides (glide-hold.ts: a choice on its way to the screen), a glide stands still and
 * asks for no frames; released, it goes on after the next paint from where it stood, its clock paused as well.
 */
export function useAnimatedNumber(target: number, animate: boolean, durationMs = 600): number {
  const [shown, setShown] = useState(target);
  const current = useRef(target);
  const hold = useContext(GlideHoldContext);

  useEffect(() => {
    if (!animate || typeof requestAnimationFrame !== 'function') {
      current.current = target;
      return;
    }
    const from = current.current;
    if (from === target) return;
    let start = 0;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWaiting = () => {};
    const step = (now: number) => {
      if (hold.held) {
        // Stand still: no drawing, no next frame. The clock stops here and goes on after the release.
        const heldAt = now;
        stopWaiting = hold.onRelease(() => {
          stopWaiting = afterNextPaint(() => {
            const resumedAt = performance.now();
            frame = requestAnimationFrame((later) => {
              start += Math.max(0, resumedAt - heldAt);
              step(later);
            });
          });
        });
        return;
      }
      const progress = durationMs <= 0 ? 1 : Math.min(1, Math.max(0, (now - start) / durationMs));
      const value = from + (target - from) * (1 - Math.pow(1 - progress, 3));
      current.current = value;
      // Drawn in this frame, not in a task after it: an update left waiting would be rendered with the next
      // click's own render (React renders waiting default updates with a click's), so the frame that answers a
      // choice would redraw the drawing after all.
      flushSync(() => setShown(value));
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        start = performance.now();
        frame = requestAnimationFrame(step);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      stopWaiting();
    };
  }, [target, animate, durationMs, hold]);

  return animate ? shown : target;
}

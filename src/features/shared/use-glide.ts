import { useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { afterNextPaint } from './after-paint.ts';
import { GlideHoldContext } from './glide-hold.ts';

export interface GlideOptions {
  /** How long a glide takes, ms. */
  durationMs?: number;
  /**
   * The smallest change worth drawing, in the value's own units (0: every frame). A frame that would move the
   * drawing by less than this draws nothing; the end of a glide is always drawn, exactly.
   */
  minChange?: number;
}

/**
 * A number that glides to its new value over `durationMs` (ease-out), or jumps when `animate` is false (reduced
 * motion), drawn by `draw(value)`: a function that sets the drawing's SVG attributes itself (no inline styles).
 *
 * The frames of a glide run no React render at all. Rendering the drawing again for each frame cost a render
 * and a commit of the whole drawing per frame (3–5 ms of script per frame at 4× CPU slowdown), on top of the
 * browser's own frame work, while the face or the door moved; a click had to wait for it. React renders the
 * elements once; the glide owns the attributes that move. `draw` is called again (at the value shown) whenever
 * it changes, so a new mode or look is drawn in the same commit, before the paint.
 *
 * The glide starts after the next paint (a frame, then a task): the frame right after a choice shows the reply,
 * and the first frame of the glide follows it instead of adding its drawing to that frame.
 *
 * A frame whose value moved less than `minChange` since the last drawing is skipped: no attributes change, so
 * the browser has no style, paint or commit to do. Toward the end of an ease-out most frames would move the
 * drawing by a fraction of a pixel; drawing them cost the same frame work (about 9 ms of the main thread per
 * frame at 4× CPU slowdown) for a change no one sees, and a click that came in then waited behind it.
 *
 * While the screen holds the glides (glide-hold.ts: a choice on its way to the screen), a glide stands still and
 * asks for no frames; released, it goes on after the next paint from where it stood, its clock paused as well.
 */
export function useGlide(
  target: number,
  animate: boolean,
  draw: (value: number) => void,
  { durationMs = 600, minChange = 0 }: GlideOptions = {},
): void {
  /** The value on screen. */
  const shown = useRef(target);
  const latestDraw = useRef(draw);
  const hold = useContext(GlideHoldContext);
  const glides = animate && typeof requestAnimationFrame === 'function';

  useLayoutEffect(() => {
    latestDraw.current = draw;
    if (!glides) shown.current = target;
    draw(shown.current);
  }, [draw, glides, target]);

  useEffect(() => {
    if (!glides) return;
    const from = shown.current;
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
      const value = progress === 1 ? target : from + (target - from) * (1 - Math.pow(1 - progress, 3));
      if (progress === 1 || Math.abs(value - shown.current) >= minChange) {
        shown.current = value;
        latestDraw.current(value);
      }
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
  }, [target, glides, durationMs, minChange, hold]);
}

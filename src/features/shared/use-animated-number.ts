import { useEffect, useRef, useState } from 'react';

/**
 * A number that glides to its new value over `durationMs` (ease-out), or jumps when `animate` is false
 * (reduced motion). Driven by requestAnimationFrame, so it only sets SVG attributes: no inline styles.
 */
export function useAnimatedNumber(target: number, animate: boolean, durationMs = 600): number {
  const [shown, setShown] = useState(target);
  const current = useRef(target);

  useEffect(() => {
    if (!animate || typeof requestAnimationFrame !== 'function') {
      current.current = target;
      return;
    }
    const from = current.current;
    const start = performance.now();
    let frame = 0;
    const step = (now: number) => {
      const progress = durationMs <= 0 ? 1 : Math.min(1, (now - start) / durationMs);
      const value = from + (target - from) * (1 - Math.pow(1 - progress, 3));
      current.current = value;
      setShown(value);
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, animate, durationMs]);

  return animate ? shown : target;
}

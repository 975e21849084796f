/**
 * Run `callback` in a task of its own right after the browser has painted the current frame: a frame
 * (requestAnimationFrame runs just before the paint), then a task (which runs after it). What a click changed
 * on screen is painted first; the heavier work follows in the next task.
 *
 * A hidden page runs no frames: a fallback timer makes sure the work still happens (a frame that takes longer
 * than that on a visible page means it is overloaded anyway). Without frames at all, a plain task. Returns a function that cancels the work if it has not run yet.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 200): () => void {
  let done = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    cancel();
    callback();
  };
  const cancel = () => {
    done = true;
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(run, 0);
    });
    fallback = setTimeout(run, fallbackMs);
  } else {
    timer = setTimeout(run, 0);
  }
  return cancel;
}
